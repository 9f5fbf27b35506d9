import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useErrorMessages } from '../../app/api/error-messages';
import { useQuery } from '../../app/api/hooks';
import { useFormat } from '../../app/i18n/format';
import type { FlashState } from '../../app/paths';
import { EmptyState, ErrorAlert, Loading, StatusMessage } from '../../components/Messages';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { GroupCard } from './GroupCard';
import { DASHBOARD_QUERY, type DashboardData } from './operations';

/** "Mijn ontwikkelgroepen": the groups I am a member of, each with its modules. */
export function DashboardPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('dashboard.pageTitle'));
  const format = useFormat();
  const errorText = useErrorMessages();
  const location = useLocation();
  const flash = (location.state as FlashState | null)?.flash;
  const { data, error, loading, reload } = useQuery<DashboardData>(DASHBOARD_QUERY);
  const me = data?.me;

  return (
    <div className="page">
      <div className="page-header">
        <h1>{t('dashboard.heading')}</h1>
        {me ? (
          <p className="page-header__lead">
            {t('dashboard.welcome', { name: me.name })}{' '}
            {me.schools.length > 0
              ? t('dashboard.schools', { schools: format.list(me.schools.map((s) => s.name)) })
              : t('dashboard.noSchools')}
          </p>
        ) : null}
      </div>
      <StatusMessage>{flash}</StatusMessage>

      {!me && loading ? <Loading /> : null}
      {!me && error ? (
        <div className="stack">
          <ErrorAlert message={`${t('dashboard.loadError')} ${errorText.message(error)}`} />
          <button type="button" className="button button--secondary" onClick={() => void reload()}>
            {t('app.retry')}
          </button>
        </div>
      ) : null}

      {me && me.groups.length === 0 ? (
        <EmptyState title={t('dashboard.emptyTitle')}>
          <p>{t('dashboard.emptyText')}</p>
        </EmptyState>
      ) : null}
      {me && me.groups.length > 0 ? (
        <ul className="group-list">
          {me.groups.map((group) => (
            <li key={group.id}>
              <GroupCard group={group} />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
