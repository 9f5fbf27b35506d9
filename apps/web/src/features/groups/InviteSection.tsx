import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessages } from '../../app/api/error-messages';
import { useMutation } from '../../app/api/hooks';
import type { GroupRole, School } from '../../app/api/types';
import { useFormat } from '../../app/i18n/format';
import { ErrorAlert, InfoMessage, StatusMessage } from '../../components/Messages';
import { RoleBadges } from '../../components/RoleBadges';
import { RoleCheckboxes } from '../../components/RoleCheckboxes';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { INVITE_MEMBER_MUTATION, type Invitation, type InviteMemberData, type InviteMemberVariables } from './operations';

const FIELDS = ['email', 'schoolId', 'roles'] as const;
type Field = (typeof FIELDS)[number];

export interface InviteSectionProps {
  groupId: string;
  schools: School[];
  onInvited(invitation: Invitation): void;
}

/** Coordinators invite someone by e-mail, for a school, with roles. */
export function InviteSection({ groupId, schools, onInvited }: InviteSectionProps) {
  const { t } = useTranslation();
  const errorText = useErrorMessages();
  const invite = useMutation<InviteMemberData, InviteMemberVariables>(INVITE_MEMBER_MUTATION);
  const [email, setEmail] = useState('');
  const [schoolId, setSchoolId] = useState(schools.length === 1 ? schools[0].id : '');
  const [roles, setRoles] = useState<GroupRole[]>(['AUTHOR']);
  const [missing, setMissing] = useState<Partial<Record<Field, boolean>>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const schoolRef = useRef<HTMLSelectElement>(null);

  const errors = errorText.forForm(invite.error, FIELDS, { CONFLICT: t('groupPage.inviteConflict') });
  const required: Record<Field, string> = {
    email: t('errors.fieldRequired'),
    schoolId: t('fields.schoolId'),
    roles: t('fields.roles'),
  };
  const fieldError = (field: Field) => (missing[field] ? required[field] : (errors.fields[field] ?? null));

  // After an answer about a field, put the cursor there.
  useEffect(() => {
    const field = invite.error?.details.find((d) => d.field === 'email' || d.field === 'schoolId')?.field;
    if (field === 'email') emailRef.current?.focus();
    if (field === 'schoolId') schoolRef.current?.focus();
  }, [invite.error]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = email.trim();
    const nowMissing = { email: !trimmed, schoolId: !schoolId, roles: roles.length === 0 };
    setMissing(nowMissing);
    setNotice(null);
    invite.reset();
    if (nowMissing.email) return emailRef.current?.focus();
    if (nowMissing.schoolId) return schoolRef.current?.focus();
    if (nowMissing.roles) return;
    const data = await invite.run({ input: { groupId, email: trimmed, schoolId, roles } });
    if (!data) return;
    setEmail('');
    setNotice(t('groupPage.invited', { email: data.inviteMember.email }));
    onInvited(data.inviteMember);
  }

  return (
    <section className="section card" aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t('groupPage.inviteHeading')}</h2>
      <p className="muted">{t('groupPage.inviteIntro')}</p>
      {schools.length === 0 ? <InfoMessage>{t('groupPage.noSchoolsAvailable')}</InfoMessage> : null}
      <StatusMessage onDismiss={notice ? () => setNotice(null) : undefined}>{notice}</StatusMessage>
      <ErrorAlert message={errors.form} />
      <form className="form invite-form" onSubmit={submit} noValidate>
        <TextField
          label={t('groupPage.inviteEmail')}
          type="email"
          name="email"
          autoComplete="off"
          inputMode="email"
          spellCheck={false}
          autoCapitalize="off"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fieldError('email')}
          inputRef={emailRef}
        />
        <SelectField
          label={t('groupPage.inviteSchool')}
          required
          value={schoolId}
          onChange={(e) => setSchoolId(e.target.value)}
          error={fieldError('schoolId')}
          selectRef={schoolRef}
        >
          <option value="">{t('groupPage.chooseSchool')}</option>
          {schools.map((school) => (
            <option key={school.id} value={school.id}>
              {school.brin ? `${school.name} (${school.brin})` : school.name}
            </option>
          ))}
        </SelectField>
        <RoleCheckboxes legend={t('groupPage.inviteRoles')} value={roles} onChange={setRoles} error={fieldError('roles')} describe />
        <div>
          <button type="submit" className="button button--primary" disabled={invite.pending}>
            {invite.pending ? t('groupPage.inviteSubmitting') : t('groupPage.inviteSubmit')}
          </button>
        </div>
      </form>
    </section>
  );
}

export function InvitationsSection({ invitations }: { invitations: Invitation[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const now = Date.now();
  return (
    <section className="section" aria-labelledby="invitations-heading">
      <div className="section-heading">
        <h2 id="invitations-heading">{t('groupPage.invitationsHeading')}</h2>
        <span className="count">{invitations.length}</span>
      </div>
      {invitations.length === 0 ? (
        <p className="empty-inline">{t('groupPage.noInvitations')}</p>
      ) : (
        <ul className="invitation-list">
          {invitations.map((invitation) => {
            const expired = invitation.expiresAt ? Date.parse(invitation.expiresAt) < now : false;
            return (
              <li key={invitation.id} className="invitation">
                <p className="invitation__email">{invitation.email}</p>
                <RoleBadges roles={invitation.roles} />
                <p className="muted small">
                  {invitation.school ? t('groupPage.invitationFor', { school: invitation.school.name }) : null}
                  {invitation.school ? ' · ' : null}
                  {expired
                    ? t('groupPage.expired', { date: format.date(invitation.expiresAt) })
                    : t('groupPage.expires', { date: format.date(invitation.expiresAt) })}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
