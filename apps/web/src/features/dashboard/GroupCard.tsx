import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useErrorMessages } from '../../app/api/error-messages';
import { useApi } from '../../app/session/session';
import { asApiError } from '../../app/api/errors';
import { useMutation } from '../../app/api/hooks';
import { canEditModules, MODULES_PAGE_SIZE, type ModuleSummary, type PageInfo } from '../../app/api/types';
import { PATHS } from '../../app/paths';
import { ErrorAlert, StatusMessage } from '../../components/Messages';
import { RoleBadges } from '../../components/RoleBadges';
import { CreateModuleForm } from './CreateModuleForm';
import { ModuleItem } from './ModuleItem';
import {
  DELETE_MODULE_MUTATION,
  GROUP_MODULES_QUERY,
  RESTORE_MODULE_MUTATION,
  type DashboardGroup,
  type DeleteModuleData,
  type GroupModulesData,
  type GroupModulesVariables,
  type ModuleIdVariables,
  type RestoreModuleData,
} from './operations';

type Notice = { kind: 'deleted'; module: ModuleSummary; index: number } | { kind: 'text'; text: string };

/** One development group on the dashboard, with its modules and (for authors) module actions. */
export function GroupCard({ group }: { group: DashboardGroup }) {
  const { t } = useTranslation();
  const client = useApi();
  const errorText = useErrorMessages();
  const canEdit = canEditModules(group.myRoles);
  const headingId = `group-${group.id}-heading`;

  const [modules, setModules] = useState<ModuleSummary[]>(() => group.modules.edges.map((e) => e.node));
  const [totalCount, setTotalCount] = useState(group.modules.totalCount);
  const [pageInfo, setPageInfo] = useState<PageInfo>(group.modules.pageInfo);
  const [loadingMore, setLoadingMore] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [focusTarget, setFocusTarget] = useState<{ moduleId?: string; undo?: boolean } | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const undoRef = useRef<HTMLButtonElement>(null);

  const remove = useMutation<DeleteModuleData, ModuleIdVariables>(DELETE_MODULE_MUTATION);
  const restore = useMutation<RestoreModuleData, ModuleIdVariables>(RESTORE_MODULE_MUTATION);

  // Move focus where the user's attention should go after the list changed under them.
  useEffect(() => {
    if (!focusTarget) return;
    if (focusTarget.undo) undoRef.current?.focus();
    else if (focusTarget.moduleId) {
      const items = listRef.current?.querySelectorAll<HTMLElement>('[data-module-id]') ?? [];
      const item = [...items].find((el) => el.dataset.moduleId === focusTarget.moduleId);
      item?.querySelector<HTMLElement>('.module__title')?.focus();
    }
    setFocusTarget(null);
  }, [focusTarget]);

  function created(module: ModuleSummary) {
    setModules((list) => [module, ...list.filter((m) => m.id !== module.id)]);
    setTotalCount((n) => n + 1);
    setActionError(null);
    setNotice({ kind: 'text', text: t('modules.created', { title: module.title }) });
  }

  function renamed(module: ModuleSummary) {
    setModules((list) => list.map((m) => (m.id === module.id ? module : m)));
    setNotice({ kind: 'text', text: t('modules.renamed', { title: module.title }) });
  }

  async function deleteModule(module: ModuleSummary) {
    setActionError(null);
    const data = await remove.run({ id: module.id });
    if (!data) return;
    const index = modules.findIndex((m) => m.id === module.id);
    setModules((list) => list.filter((m) => m.id !== module.id));
    setTotalCount((n) => Math.max(0, n - 1));
    setNotice({ kind: 'deleted', module, index: Math.max(0, index) });
    setFocusTarget({ undo: true });
  }

  async function undoDelete(module: ModuleSummary, index: number) {
    const data = await restore.run({ id: module.id });
    if (!data) return;
    setModules((list) => {
      const next = list.filter((m) => m.id !== module.id);
      next.splice(Math.min(index, next.length), 0, module);
      return next;
    });
    setTotalCount((n) => n + 1);
    setNotice({ kind: 'text', text: t('modules.restored', { title: module.title }) });
    setFocusTarget({ moduleId: module.id });
  }

  async function loadMore() {
    setLoadingMore(true);
    setActionError(null);
    try {
      const data = await client.request<GroupModulesData, GroupModulesVariables>(GROUP_MODULES_QUERY, {
        slug: group.slug,
        first: MODULES_PAGE_SIZE,
        after: pageInfo.endCursor,
      });
      const page = data.group.modules;
      const fresh = page.edges.map((e) => e.node);
      setModules((list) => [...list, ...fresh.filter((m) => !list.some((known) => known.id === m.id))]);
      setPageInfo(page.pageInfo);
      setTotalCount(page.totalCount);
      if (fresh[0]) setFocusTarget({ moduleId: fresh[0].id });
    } catch (error) {
      setActionError(errorText.message(asApiError(error)));
    } finally {
      setLoadingMore(false);
    }
  }

  const mutationError = remove.error ?? restore.error;
  const shownError = actionError ?? (mutationError ? errorText.message(mutationError) : null);

  return (
    <article className="card group-card" aria-labelledby={headingId}>
      <div className="group-card__header">
        <h2 id={headingId} className="group-card__title">
          <Link to={PATHS.group(group.slug)}>{group.name}</Link>
        </h2>
        <p className="group-card__meta">
          {group.sector ? <span>{t('group.sector', { sector: group.sector })}</span> : null}
          <span>{t('group.members', { count: group.memberCount })}</span>
        </p>
        <div className="group-card__roles">
          <span className="muted small" id={`${headingId}-roles`}>
            {t('group.myRoles')}:
          </span>
          <RoleBadges roles={group.myRoles} labelledBy={`${headingId}-roles`} />
        </div>
      </div>
      {group.description ? <p className="group-card__description">{group.description}</p> : null}

      <div className="group-card__modules">
        <div className="section-heading">
          <h3 id={`${headingId}-modules`}>{t('group.modulesHeading')}</h3>
          <span className="count">{t('group.modulesCount', { count: totalCount })}</span>
        </div>

        <StatusMessage onDismiss={notice ? () => setNotice(null) : undefined}>
          {notice?.kind === 'deleted' ? (
            <>
              <span>{t('modules.deletedNamed', { title: notice.module.title })}</span>
              <span aria-hidden="true"> — </span>
              <button
                ref={undoRef}
                type="button"
                className="link-button"
                disabled={restore.pending}
                onClick={() => void undoDelete(notice.module, notice.index)}
              >
                {restore.pending ? t('modules.restoring') : t('modules.undo')}
              </button>
            </>
          ) : (
            notice?.text
          )}
        </StatusMessage>
        <ErrorAlert message={shownError} />

        {modules.length > 0 ? (
          <ul className="module-list" ref={listRef}>
            {modules.map((module) => (
              <ModuleItem
                key={module.id}
                module={module}
                canEdit={canEdit}
                onRenamed={renamed}
                onDelete={(m) => void deleteModule(m)}
                deleting={remove.pending}
              />
            ))}
          </ul>
        ) : (
          <p className="empty-inline">{canEdit ? t('group.noModulesAuthor') : t('group.noModulesReader')}</p>
        )}

        {pageInfo.hasNextPage ? (
          <div className="load-more">
            <p className="muted small">{t('group.showing', { shown: modules.length, total: totalCount })}</p>
            <button type="button" className="button button--secondary" onClick={() => void loadMore()} disabled={loadingMore}>
              {loadingMore ? t('group.loadingMore') : t('group.loadMore')}
            </button>
          </div>
        ) : null}

        {canEdit ? <CreateModuleForm groupId={group.id} groupName={group.name} onCreated={created} /> : null}
      </div>
    </article>
  );
}
