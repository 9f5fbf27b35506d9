import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, ApiErrorDetail, ErrorCode } from './errors';

export type ErrorOverrides = Partial<Record<ErrorCode, string>>;

export interface FormErrors {
  /** Messages to show next to a field, by field name. */
  fields: Record<string, string>;
  /** A message for the form as a whole, when some error is about no (known) field. */
  form: string | null;
}

const PASSWORD_REASONS = ['too_short', 'too_long', 'common', 'repetitive', 'contains_email'] as const;

/** The password policy's reason, from `extensions.reason` or, failing that, the server's wording. */
function passwordReason(detail: ApiErrorDetail): string | undefined {
  if (detail.reason && (PASSWORD_REASONS as readonly string[]).includes(detail.reason)) return detail.reason;
  const m = detail.message.toLowerCase();
  if (m.includes('too common')) return 'common';
  if (m.includes('repetition') || m.includes('keyboard run')) return 'repetitive';
  if (m.includes('e-mail') || m.includes('email')) return 'contains_email';
  if (m.includes('at least')) return 'too_short';
  if (m.includes('at most')) return 'too_long';
  return undefined;
}

/** Turns API errors into translated, human messages. */
export function useErrorMessages() {
  const { t } = useTranslation();
  return useMemo(() => {
    const forCode = (code: ErrorCode, retryAfterSeconds: number | undefined, overrides?: ErrorOverrides): string => {
      const override = overrides?.[code];
      if (override) return override;
      if (code === 'TOO_MANY_REQUESTS' && retryAfterSeconds) return t('errors.tooManyRequestsWait', { count: retryAfterSeconds });
      return t(`errors.${code}`);
    };

    const forField = (detail: ApiErrorDetail, overrides?: ErrorOverrides): string => {
      if (detail.code !== 'BAD_USER_INPUT') return forCode(detail.code, detail.retryAfterSeconds, overrides);
      if (detail.field === 'password') {
        const reason = passwordReason(detail);
        // Unknown reason: the server's own explanation is more useful than a generic line.
        return reason ? t(`password.${reason}`) : detail.message || t('fields.password');
      }
      return t(`fields.${detail.field ?? 'default'}`, { defaultValue: t('fields.default') });
    };

    /** One message for the whole error (for actions without a form). */
    const message = (error: ApiError, overrides?: ErrorOverrides): string => {
      const detail = error.detail();
      if (detail?.code === 'BAD_USER_INPUT' && detail.field) return forField(detail, overrides);
      return forCode(error.code, error.retryAfterSeconds, overrides);
    };

    /** Splits an error into messages next to the form's fields and one for the form itself. */
    const forForm = (error: ApiError | null | undefined, fields: readonly string[], overrides?: ErrorOverrides): FormErrors => {
      const result: FormErrors = { fields: {}, form: null };
      if (!error) return result;
      for (const detail of error.details) {
        if (detail.field && fields.includes(detail.field) && !result.fields[detail.field]) {
          result.fields[detail.field] = forField(detail, overrides);
        } else if (!result.form) {
          result.form = forCode(detail.code, detail.retryAfterSeconds ?? error.retryAfterSeconds, overrides);
        }
      }
      return result;
    };

    return { message, forForm };
  }, [t]);
}
