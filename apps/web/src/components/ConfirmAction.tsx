import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface ConfirmActionProps {
  /** Text of the button that asks for confirmation. */
  label: string;
  /** What the action is about, added (visually hidden) to the button's name: "Remove: Anna". */
  context?: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void | Promise<void>;
  pending?: boolean;
  pendingLabel?: string;
}

/** A destructive action that asks "are you sure?" in place, without a modal. */
export function ConfirmAction({ label, context, question, confirmLabel, onConfirm, pending, pendingLabel }: ConfirmActionProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) questionRef.current?.focus();
    // Back to the button, unless the action already moved focus somewhere meaningful.
    else if (wasAsking.current && (!document.activeElement || document.activeElement === document.body)) triggerRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button ref={triggerRef} type="button" className="button button--danger-outline button--small" onClick={() => setAsking(true)}>
        {label}
        {context ? <span className="visually-hidden">: {context}</span> : null}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={label}>
      <p ref={questionRef} tabIndex={-1} className="confirm__question">
        {question}
      </p>
      <div className="confirm__actions">
        <button
          type="button"
          className="button button--danger button--small"
          disabled={pending}
          onClick={async () => {
            await onConfirm();
            setAsking(false);
          }}
        >
          {pending && pendingLabel ? pendingLabel : confirmLabel}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={() => setAsking(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
