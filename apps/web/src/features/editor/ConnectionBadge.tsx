import { useTranslation } from 'react-i18next';
import type { ConnectionStatus } from './collab/collab-session';

export interface ConnectionBadgeProps {
  status: ConnectionStatus;
  readOnly: boolean;
  /** Why the server refused the session for good (status 'refused'): forbidden, notFound, tooLarge. */
  refusal: string | null;
  /** Edits in this browser the server has not confirmed yet. */
  unsynced: boolean;
  /** Why this person reads only (said beside the read-only badge), and the group it concerns. */
  readOnlyReason?: { reason: 'notAuthor' | 'deleted'; group: string } | null;
}

/** The editor's connection state, read-only flag and what the person should know about them. */
export function ConnectionBadge({ status, readOnly, refusal, unsynced, readOnlyReason }: ConnectionBadgeProps) {
  const { t } = useTranslation();
  // Its note says where the edits are, so the unsynced note would repeat it.
  const tooLarge = status === 'refused' && refusal === 'tooLarge';
  return (
    <p className="connection" role="status">
      <span className={`connection__badge connection__badge--${status}`} data-connection={status}>
        {status === 'refused' ? t(`editor.connection.refused.${refusal ?? 'forbidden'}`) : t(`editor.connection.${status}`)}
      </span>
      {tooLarge ? <span className="connection__note">{t('editor.connection.refusedNote.tooLarge')}</span> : null}
      {unsynced && status !== 'connected' && !tooLarge ? <span className="connection__note">{t('editor.connection.unsynced')}</span> : null}
      {readOnly ? (
        <span className="connection__badge connection__badge--readonly" data-readonly="true">
          {t('editor.connection.readOnly')}
        </span>
      ) : null}
      {readOnly && readOnlyReason ? (
        <span className="connection__note">{t(`editor.connection.readOnlyNote.${readOnlyReason.reason}`, { group: readOnlyReason.group })}</span>
      ) : null}
    </p>
  );
}
