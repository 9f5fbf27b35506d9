import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessages } from '../../app/api/error-messages';
import { useMutation } from '../../app/api/hooks';
import { sortRoles, type GroupRole } from '../../app/api/types';
import { useFormat } from '../../app/i18n/format';
import { ConfirmAction } from '../../components/ConfirmAction';
import { ErrorAlert, StatusMessage } from '../../components/Messages';
import { RoleBadges } from '../../components/RoleBadges';
import { RoleCheckboxes } from '../../components/RoleCheckboxes';
import {
  REMOVE_MEMBER_MUTATION,
  SET_MEMBER_ROLES_MUTATION,
  type Member,
  type RemoveMemberData,
  type RemoveMemberVariables,
  type SchoolMembers,
  type SetMemberRolesData,
  type SetMemberRolesVariables,
} from './operations';

export interface MembersSectionProps {
  groupId: string;
  membersBySchool: SchoolMembers[];
  viewerId: string;
  /** Coordinators and administrators change roles and remove members. */
  canManage: boolean;
  /** Called after a change, to load the group again. */
  onChanged(): Promise<unknown>;
}

export function MembersSection({ groupId, membersBySchool, viewerId, canManage, onChanged }: MembersSectionProps) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const memberCount = membersBySchool.reduce((n, s) => n + s.members.length, 0);

  const changed = async (message: string, options: { focusHeading?: boolean } = {}) => {
    await onChanged();
    setNotice(message);
    // The removed member's row (and the focused button in it) is gone: continue from the list's heading.
    if (options.focusHeading) headingRef.current?.focus();
  };

  return (
    <section className="section" aria-labelledby="members-heading">
      <div className="section-heading">
        <h2 id="members-heading" ref={headingRef} tabIndex={-1}>
          {t('groupPage.membersHeading')}
        </h2>
        <span className="count">{t('groupPage.membersIntro', { count: memberCount, schools: membersBySchool.length })}</span>
      </div>
      <StatusMessage onDismiss={notice ? () => setNotice(null) : undefined}>{notice}</StatusMessage>
      {memberCount === 0 ? <p className="empty-inline">{t('groupPage.noMembers')}</p> : null}
      {membersBySchool.map(({ school, members }) => {
        const headingId = `school-${school?.id ?? 'none'}`;
        return (
          <section key={school?.id ?? 'none'} className="school-block" aria-labelledby={headingId}>
            <h3 id={headingId} className="school-block__title">
              {school ? school.name : t('groupPage.noSchool')}
              {school?.brin ? <span className="school-block__brin"> ({school.brin})</span> : null}
            </h3>
            <ul className="member-list">
              {members.map((member) => (
                <MemberRow
                  key={member.id}
                  member={member}
                  groupId={groupId}
                  isViewer={member.user.id === viewerId}
                  canManage={canManage}
                  onChanged={changed}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}

interface MemberRowProps {
  member: Member;
  groupId: string;
  isViewer: boolean;
  canManage: boolean;
  onChanged(message: string, options?: { focusHeading?: boolean }): Promise<void>;
}

function MemberRow({ member, groupId, isViewer, canManage, onChanged }: MemberRowProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorMessages();
  const remove = useMutation<RemoveMemberData, RemoveMemberVariables>(REMOVE_MEMBER_MUTATION);
  const name = member.user.name;

  return (
    <li className="member">
      <div className="member__who">
        <p className="member__name">
          {name}
          {isViewer ? <span className="member__you"> ({t('common.you')})</span> : null}
        </p>
        <p className="member__email">
          <a href={`mailto:${member.user.email}`}>{member.user.email}</a>
        </p>
        <p className="member__joined muted small">{t('groupPage.joined', { date: format.date(member.joinedAt) })}</p>
      </div>
      <RoleBadges roles={member.roles} label={t('groupPage.rolesOf', { name })} />
      {canManage ? (
        <div className="member__manage">
          <RoleEditor key={member.id} member={member} groupId={groupId} onSaved={onChanged} />
          {!isViewer ? (
            <div className="member__remove">
              <ConfirmAction
                label={t('groupPage.remove')}
                context={name}
                question={t('groupPage.removeConfirm', { name })}
                confirmLabel={t('groupPage.removeYes')}
                pending={remove.pending}
                onConfirm={async () => {
                  const data = await remove.run({ input: { groupId, userId: member.user.id } });
                  if (data) await onChanged(t('groupPage.removed', { name }), { focusHeading: true });
                }}
              />
              <ErrorAlert message={remove.error ? errorText.message(remove.error, { CONFLICT: t('groupPage.lastCoordinator') }) : null} />
            </div>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

function RoleEditor({ member, groupId, onSaved }: { member: Member; groupId: string; onSaved(message: string): Promise<void> }) {
  const { t } = useTranslation();
  const errorText = useErrorMessages();
  const save = useMutation<SetMemberRolesData, SetMemberRolesVariables>(SET_MEMBER_ROLES_MUTATION);
  const initial = sortRoles(member.roles);
  const initialKey = initial.join();
  const [roles, setRoles] = useState<GroupRole[]>(initial);
  const changed = roles.join() !== initialKey;
  const checkboxesRef = useRef<HTMLDivElement>(null);
  const [refocus, setRefocus] = useState(false);

  // After saving, the save button goes away with nothing left to save: keep the cursor in this
  // editor (once the checkboxes are enabled again).
  useEffect(() => {
    if (!refocus || save.pending) return;
    checkboxesRef.current?.querySelector('input')?.focus();
    setRefocus(false);
  }, [refocus, save.pending]);

  // Follow the server when the group is loaded again (after this or another change).
  useEffect(() => {
    setRoles(initialKey ? (initialKey.split(',') as GroupRole[]) : []);
  }, [initialKey]);
  const name = member.user.name;
  const errors = errorText.forForm(save.error, ['roles'], { CONFLICT: t('groupPage.lastCoordinator') });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!changed || roles.length === 0) return;
    const data = await save.run({ input: { groupId, userId: member.user.id, roles } });
    if (!data) return;
    await onSaved(t('groupPage.rolesSaved', { name }));
    setRefocus(true);
  }

  return (
    <form className="role-editor" onSubmit={submit} noValidate>
      <div ref={checkboxesRef}>
        <RoleCheckboxes
          legend={t('groupPage.rolesOf', { name })}
          hideLegend
          value={roles}
          onChange={(next) => {
            save.reset();
            setRoles(next);
          }}
          error={roles.length === 0 ? t('groupPage.atLeastOneRole') : errors.fields.roles}
          disabled={save.pending}
        />
      </div>
      {changed ? (
        <div className="button-row">
          <button type="submit" className="button button--primary button--small" disabled={save.pending || roles.length === 0}>
            {save.pending ? t('common.saving') : t('groupPage.saveRoles')}
            <span className="visually-hidden">: {name}</span>
          </button>
          <button type="button" className="button button--secondary button--small" onClick={() => setRoles(initial)}>
            {t('common.cancel')}
            <span className="visually-hidden">: {t('groupPage.rolesOf', { name })}</span>
          </button>
        </div>
      ) : null}
      <ErrorAlert message={errors.form} />
    </form>
  );
}
