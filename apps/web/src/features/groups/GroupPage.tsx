import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useErrorMessages } from '../../app/api/error-messages';
import { useQuery } from '../../app/api/hooks';
import { isCoordinator } from '../../app/api/types';
import { PATHS, type FlashState } from '../../app/paths';
import { useUser } from '../../app/session/session';
import { ErrorAlert, InfoMessage, Loading, StatusMessage } from '../../components/Messages';
import { RoleBadges } from '../../components/RoleBadges';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { InvitationsSection, InviteSection } from './InviteSection';
import { LeaveGroupSection } from './LeaveGroupSection';
import { MembersSection } from './MembersSection';
import {
  GROUP_ADMIN_QUERY,
  GROUP_BASICS_QUERY,
  GROUP_QUERY,
  type GroupAdminData,
  type GroupBasicsData,
  type GroupData,
  type Invitation,
  type SlugVariables,
} from './operations';

/** `/groepen/:slug`: a development group's members by school, and for coordinators its invitations. */
export function GroupPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const user = useUser();
  const errorText = useErrorMessages();
  const flash = (useLocation().state as FlashState | null)?.flash;
  const variables = { slug };

  const full = useQuery<GroupData, SlugVariables>(GROUP_QUERY, variables);
  // Who takes part is visible to members only: others see the group's description.
  const notMember = !full.data && !!full.error?.has('FORBIDDEN');
  const basics = useQuery<GroupBasicsData, SlugVariables>(GROUP_BASICS_QUERY, variables, { skip: !notMember });
  const group = full.data?.group ?? (notMember ? basics.data?.group : undefined);
  const canManage = !!full.data && (isCoordinator(full.data.group.myRoles) || user.isAdmin);
  const admin = useQuery<GroupAdminData, SlugVariables>(GROUP_ADMIN_QUERY, variables, { skip: !canManage });

  useDocumentTitle(group?.name ?? (full.error?.has('NOT_FOUND') ? t('groupPage.notFoundTitle') : null));

  const reloadGroup = full.reload;
  const reloadAdmin = admin.reload;
  const setAdminData = admin.setData;
  const invited = useCallback(
    (invitation: Invitation) => {
      // Show it at once, then take the server's list (a new invitation replaces an older one).
      setAdminData((data) => ({
        ...data,
        group: { ...data.group, invitations: [invitation, ...data.group.invitations.filter((i) => i.email !== invitation.email)] },
      }));
      void reloadAdmin();
    },
    [setAdminData, reloadAdmin],
  );

  const loadError = (!full.data && !notMember && full.error) || (notMember && basics.error);
  if (loadError && (loadError.has('NOT_FOUND') || loadError.has('BAD_USER_INPUT'))) {
    return (
      <div className="page page--narrow">
        <h1>{t('groupPage.notFoundTitle')}</h1>
        <p>{t('groupPage.notFoundText')}</p>
        <p>
          <Link to={PATHS.home}>{t('groupPage.backToDashboard')}</Link>
        </p>
      </div>
    );
  }
  if (loadError) {
    return (
      <div className="page page--narrow stack">
        <h1>{t('groupPage.loadError')}</h1>
        <ErrorAlert message={errorText.message(loadError)} />
        <div>
          <button type="button" className="button button--secondary" onClick={() => void (notMember ? basics.reload() : full.reload())}>
            {t('app.retry')}
          </button>
        </div>
      </div>
    );
  }
  if (!group) return <Loading />;

  const isMember = group.myRoles.length > 0;
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to={PATHS.home}>
          <span aria-hidden="true">← </span>
          {t('groupPage.backToDashboard')}
        </Link>
      </p>
      <div className="page-header">
        <h1>{group.name}</h1>
        {group.sector ? <p className="page-header__kicker">{t('group.sector', { sector: group.sector })}</p> : null}
        {group.description ? <p className="page-header__lead">{group.description}</p> : null}
        {isMember ? (
          <div className="group-card__roles">
            <span className="muted small" id="my-roles-label">
              {t('group.myRoles')}:
            </span>
            <RoleBadges roles={group.myRoles} labelledBy="my-roles-label" />
          </div>
        ) : null}
      </div>

      <StatusMessage>{flash}</StatusMessage>
      {user.isAdmin && !isMember ? <InfoMessage>{t('groupPage.adminNotice')}</InfoMessage> : null}
      {notMember ? <InfoMessage>{t('groupPage.notMember')}</InfoMessage> : null}

      <div className={canManage ? 'group-layout group-layout--manage' : 'group-layout'}>
        <div className="group-layout__main">
          {full.data ? (
            <MembersSection
              groupId={group.id}
              membersBySchool={full.data.group.membersBySchool}
              viewerId={user.id}
              canManage={canManage}
              onChanged={reloadGroup}
            />
          ) : null}
          {isMember ? <LeaveGroupSection groupId={group.id} groupName={group.name} /> : null}
        </div>
        {canManage ? (
          <div className="group-layout__side">
            {admin.data ? (
              <>
                <InviteSection groupId={group.id} schools={admin.data.schools} onInvited={invited} />
                <InvitationsSection invitations={admin.data.group.invitations} />
              </>
            ) : admin.error ? (
              <ErrorAlert message={errorText.message(admin.error)} />
            ) : (
              <Loading />
            )}
          </div>
        ) : null}
      </div>
    </div>
  );
}
