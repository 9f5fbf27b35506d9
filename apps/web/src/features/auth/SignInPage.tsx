import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useErrorMessages } from '../../app/api/error-messages';
import { useMutation } from '../../app/api/hooks';
import { PATHS, type ReturnState } from '../../app/paths';
import { useSession } from '../../app/session/session';
import { BrandMark } from '../../components/BrandMark';
import { ErrorAlert, InfoMessage } from '../../components/Messages';
import { PasswordField, TextField } from '../../components/TextField';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { LOGIN_MUTATION, type LoginData, type LoginVariables } from './operations';

const FIELDS = ['email', 'password'] as const;
type Field = (typeof FIELDS)[number];

export function SignInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.pageTitle'));
  const { signIn, lastChange } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as ReturnState | null)?.from;
  const errorText = useErrorMessages();
  // UNAUTHENTICATED from login means wrong credentials: no token refresh and retry.
  const login = useMutation<LoginData, LoginVariables>(LOGIN_MUTATION, { retryOnUnauthenticated: false });
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<Partial<Record<Field, boolean>>>({});
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const apiErrors = errorText.forForm(login.error, FIELDS, { UNAUTHENTICATED: t('auth.invalidCredentials') });
  const fieldError = (field: Field) => (missing[field] ? t('errors.fieldRequired') : (apiErrors.fields[field] ?? null));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const nowMissing = { email: !email.trim(), password: !password };
    setMissing(nowMissing);
    login.reset();
    if (nowMissing.email) return emailRef.current?.focus();
    if (nowMissing.password) return passwordRef.current?.focus();
    const data = await login.run({ input: { email: email.trim(), password } });
    if (!data) {
      setPassword('');
      return;
    }
    signIn(data.login);
    void navigate(from ?? PATHS.home, { replace: true });
  }

  // After an answer with a field error, put the cursor in that field.
  useEffect(() => {
    const field = login.error?.details.find((d) => d.field === 'email' || d.field === 'password')?.field;
    if (field) (field === 'email' ? emailRef : passwordRef).current?.focus();
  }, [login.error]);

  return (
    <div className="sign-in">
      <section className="sign-in__intro" aria-labelledby="sign-in-brand">
        <p id="sign-in-brand" className="sign-in__brand">
          <BrandMark />
          <span>{t('app.name')}</span>
        </p>
        <p className="sign-in__tagline">{t('app.tagline')}</p>
      </section>
      <section className="card sign-in__card" aria-labelledby="sign-in-heading">
        <h1 id="sign-in-heading">{t('auth.heading')}</h1>
        <p className="muted">{t('auth.intro')}</p>
        {lastChange === 'expired' ? <InfoMessage>{t('auth.sessionExpired')}</InfoMessage> : null}
        {lastChange === 'signed-out' ? <InfoMessage>{t('auth.signedOut')}</InfoMessage> : null}
        <ErrorAlert message={apiErrors.form} />
        <form className="form" onSubmit={submit} noValidate>
          <TextField
            label={t('auth.email')}
            name="email"
            type="email"
            autoComplete="username"
            inputMode="email"
            spellCheck={false}
            autoCapitalize="off"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={fieldError('email')}
            inputRef={emailRef}
          />
          <PasswordField
            label={t('auth.password')}
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={fieldError('password')}
            inputRef={passwordRef}
          />
          <button type="submit" className="button button--primary button--block" disabled={login.pending}>
            {login.pending ? t('auth.submitting') : t('auth.submit')}
          </button>
        </form>
        <p className="muted small">{t('auth.noAccount')}</p>
      </section>
    </div>
  );
}
