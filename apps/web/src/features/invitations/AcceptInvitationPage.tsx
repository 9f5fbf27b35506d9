import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useErrorMessages } from '../../app/api/error-messages';
import { useMutation, useQuery } from '../../app/api/hooks';
import { useFormat } from '../../app/i18n/format';
import { PATHS, type FlashState } from '../../app/paths';
import { useSession } from '../../app/session/session';
import { ErrorAlert, InfoMessage, Loading } from '../../components/Messages';
import { PasswordField, TextField } from '../../components/TextField';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import {
  ACCEPT_INVITATION_MUTATION,
  INVITATION_QUERY,
  type AcceptInvitationData,
  type AcceptInvitationVariables,
  type InvitationData,
  type InvitationPreview,
  type InvitationVariables,
} from './operations';

const MIN_PASSWORD_LENGTH = 10;

/** `/uitnodiging/:token`: accept an invitation, creating an account when needed, and sign in. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('invitation.pageTitle'));
  const { token = '' } = useParams();
  const errorText = useErrorMessages();
  const { data, error, loading, reload } = useQuery<InvitationData, InvitationVariables>(INVITATION_QUERY, { token });
  const invitation = data?.invitation;

  if (loading && !data) return <Loading />;
  const invalid = (error && (error.has('NOT_FOUND') || error.has('BAD_USER_INPUT'))) || (data && !invitation);
  if (invalid) {
    return (
      <div className="page page--narrow">
        <div className="card">
          <h1>{t('invitation.invalidTitle')}</h1>
          <p>{t('invitation.invalidText')}</p>
          <p>
            <Link to={PATHS.signIn}>{t('invitation.toSignIn')}</Link>
          </p>
        </div>
      </div>
    );
  }
  if (error || !invitation) {
    return (
      <div className="page page--narrow stack">
        <h1>{t('invitation.pageTitle')}</h1>
        <ErrorAlert message={error ? errorText.message(error) : null} />
        <div>
          <button type="button" className="button button--secondary" onClick={() => void reload()}>
            {t('app.retry')}
          </button>
        </div>
      </div>
    );
  }
  return <InvitationCard token={token} invitation={invitation} />;
}

function InvitationCard({ token, invitation }: { token: string; invitation: InvitationPreview }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { user, signIn } = useSession();
  const errorText = useErrorMessages();
  // A new account's password may be refused (UNAUTHENTICATED is no session to refresh here).
  const accept = useMutation<AcceptInvitationData, AcceptInvitationVariables>(ACCEPT_INVITATION_MUTATION, {
    retryOnUnauthenticated: false,
  });
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<{ name?: string; password?: string }>({});
  const nameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const expired = Date.parse(invitation.expiresAt) <= Date.now();
  const newAccount = !invitation.accountExists;
  const otherUser = user && user.email.toLowerCase() !== invitation.email.toLowerCase() ? user : null;

  const errors = errorText.forForm(accept.error, ['name', 'password']);

  useEffect(() => {
    const field = accept.error?.details.find((d) => d.field === 'name' || d.field === 'password')?.field;
    if (field === 'name') nameRef.current?.focus();
    if (field === 'password') passwordRef.current?.focus();
  }, [accept.error]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    accept.reset();
    let input: AcceptInvitationVariables['input'] = { token };
    if (newAccount) {
      const found = {
        name: name.trim() ? undefined : t('errors.fieldRequired'),
        password: !password ? t('errors.fieldRequired') : [...password].length < MIN_PASSWORD_LENGTH ? t('password.too_short') : undefined,
      };
      setProblems(found);
      if (found.name) return nameRef.current?.focus();
      if (found.password) return passwordRef.current?.focus();
      input = { token, name: name.trim(), password };
    }
    const data = await accept.run({ input });
    if (!data) return;
    signIn(data.acceptInvitation);
    const state: FlashState = { flash: t('invitation.accepted', { group: invitation.groupName }) };
    void navigate(PATHS.group(invitation.groupSlug), { replace: true, state });
  }

  return (
    <div className="page page--narrow">
      <div className="card invitation-card">
        <h1>{t('invitation.heading', { group: invitation.groupName })}</h1>
        <p className="lead">{t('invitation.summary', { group: invitation.groupName, school: invitation.schoolName })}</p>
        <p className="muted">
          {t('invitation.sentTo', { email: invitation.email })}{' '}
          {expired ? null : t('invitation.validUntil', { date: format.dateTime(invitation.expiresAt) })}
        </p>
        {expired ? (
          <>
            <h2>{t('invitation.expiredTitle')}</h2>
            <p>{t('invitation.invalidText')}</p>
          </>
        ) : (
          <>
            {otherUser ? (
              <InfoMessage>
                {t('invitation.signedInAs', { name: otherUser.name, email: otherUser.email })}{' '}
                {t('invitation.otherAccount', { email: invitation.email })}
              </InfoMessage>
            ) : null}
            <ErrorAlert message={errors.form} />
            <form className="form" onSubmit={submit} noValidate>
              {newAccount ? (
                <>
                  <p>{t('invitation.createAccount')}</p>
                  <TextField label={t('auth.email')} type="email" autoComplete="username" value={invitation.email} readOnly />
                  <TextField
                    label={t('invitation.name')}
                    hint={t('invitation.nameHint')}
                    autoComplete="name"
                    maxLength={120}
                    required
                    value={name}
                    onChange={(e) => setName(e.target.value)}
                    error={problems.name ?? errors.fields.name}
                    inputRef={nameRef}
                  />
                  <PasswordField
                    label={t('invitation.newPassword')}
                    hint={t('password.hint')}
                    autoComplete="new-password"
                    required
                    value={password}
                    onChange={(e) => setPassword(e.target.value)}
                    error={problems.password ?? errors.fields.password}
                    inputRef={passwordRef}
                  />
                </>
              ) : (
                <p>{t('invitation.accountExists')}</p>
              )}
              <button type="submit" className="button button--primary button--block" disabled={accept.pending}>
                {accept.pending ? t('invitation.accepting') : t('invitation.accept')}
              </button>
            </form>
          </>
        )}
      </div>
    </div>
  );
}
