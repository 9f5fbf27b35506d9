import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * An error region: always in the DOM (so screen readers pick up changes) and announced
 * assertively when a message appears.
 */
export function ErrorAlert({ message, id, className }: { message: ReactNode | null | undefined; id?: string; className?: string }) {
  return (
    <div role="alert" id={id} className={['alert-region', className ?? ''].filter(Boolean).join(' ')}>
      {message ? <p className="alert alert--error">{message}</p> : null}
    </div>
  );
}

/** A polite status region for confirmations ("Saved"); may hold an action such as Undo. */
export function StatusMessage({
  children,
  onDismiss,
  className,
}: {
  children: ReactNode | null | undefined;
  onDismiss?: () => void;
  className?: string;
}) {
  const { t } = useTranslation();
  return (
    <div role="status" className={['status-region', className ?? ''].filter(Boolean).join(' ')}>
      {children ? (
        <div className="alert alert--success">
          <div className="alert__body">{children}</div>
          {onDismiss ? (
            <button type="button" className="icon-button" onClick={onDismiss} aria-label={t('common.dismiss')}>
              <span aria-hidden="true">×</span>
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

export function InfoMessage({ children }: { children: ReactNode }) {
  return <p className="alert alert--info">{children}</p>;
}

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      <span>{label ?? t('app.loading')}</span>
    </div>
  );
}

export function EmptyState({ title, children, headingLevel = 2 }: { title: string; children?: ReactNode; headingLevel?: 2 | 3 | 4 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="empty-state">
      <Heading className="empty-state__title">{title}</Heading>
      {children}
    </div>
  );
}
