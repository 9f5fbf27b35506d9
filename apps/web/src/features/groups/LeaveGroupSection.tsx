import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useErrorMessages } from '../../app/api/error-messages';
import { useMutation } from '../../app/api/hooks';
import { PATHS, type FlashState } from '../../app/paths';
import { ConfirmAction } from '../../components/ConfirmAction';
import { ErrorAlert } from '../../components/Messages';
import { LEAVE_GROUP_MUTATION, type LeaveGroupData, type LeaveGroupVariables } from './operations';

export function LeaveGroupSection({ groupId, groupName }: { groupId: string; groupName: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorText = useErrorMessages();
  const leave = useMutation<LeaveGroupData, LeaveGroupVariables>(LEAVE_GROUP_MUTATION);
  return (
    <section className="section section--quiet" aria-labelledby="leave-heading">
      <h2 id="leave-heading">{t('groupPage.leaveHeading')}</h2>
      <p className="muted">{t('groupPage.leaveText')}</p>
      <ErrorAlert message={leave.error ? errorText.message(leave.error, { CONFLICT: t('groupPage.lastCoordinator') }) : null} />
      <ConfirmAction
        label={t('groupPage.leave')}
        question={t('groupPage.leaveConfirm', { group: groupName })}
        confirmLabel={t('groupPage.leaveYes')}
        pending={leave.pending}
        onConfirm={async () => {
          const data = await leave.run({ groupId });
          if (data) {
            const state: FlashState = { flash: t('groupPage.left', { group: groupName }) };
            void navigate(PATHS.home, { state });
          }
        }}
      />
    </section>
  );
}
