import { CHAPTER_TYPE, DOC_SHAPE_VERSION, findNode, htmlToPlainText, idOf, metaOf, nodeDeclaration, pageType, propertiesOf, topNodes, typeOf } from '@samenwijs/module-model';
import { Eye, History, Redo2, Undo2 } from 'lucide-react';
import { Component, lazy, Suspense, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useErrorMessages } from '../../app/api/error-messages';
import { useQuery } from '../../app/api/hooks';
import { currentLanguage } from '../../app/i18n/i18n';
import { PATHS } from '../../app/paths';
import { useApi, useUser } from '../../app/session/session';
import { ErrorAlert, Loading } from '../../components/Messages';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { CollabSession } from './collab/collab-session';
import { ConnectionBadge } from './ConnectionBadge';
import { colorFor, initialsOf } from './collab/colors';
import { objectKey, usePresence, useSessionSnapshot, useStructureVersion, useYVersion } from './collab/hooks';
import { EditorErrorContext, editErrorReason } from './editor-errors';
import { MODULE_SETTINGS_ID, ModuleSettings } from './ModuleSettings';
import { NodeForm } from './NodeForm';
import { EDITOR_MODULE_QUERY, type EditorModuleData } from './operations';
import { Outline } from './Outline';
import type { PreviewScope } from './PreviewPanel';

// Preview (the registry's HTML rendering) and versions load when first opened.
const PreviewPanel = lazy(() => import('./PreviewPanel').then((m) => ({ default: m.PreviewPanel })));
const VersionsPanel = lazy(() => import('./VersionsPanel').then((m) => ({ default: m.VersionsPanel })));
import './editor.css';

type Panel = 'none' | 'preview-page' | 'preview-module' | 'versions';

/** The module editor: outline, the selected page's form, and preview or versions beside it. */
export function EditorPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { message } = useErrorMessages();
  const module = useQuery<EditorModuleData, { id: string }>(EDITOR_MODULE_QUERY, { id });

  // The open editor names the tab after the module's live title (EditorWorkspace).
  // The server does not say whether a module exists to someone who may not read it.
  if (module.error) return <EditorUnavailable message={message(module.error, { NOT_FOUND: t('editor.notFoundOrNoAccess') })} />;
  if (!module.data) return <Loading />;
  const { module: m } = module.data;
  const canWrite = m.group.myRoles.includes('AUTHOR') && !m.deletedAt;
  return (
    <EditorBoundary message={t('editor.crashed')} action={t('editor.reload')}>
      <LiveEditor key={m.id} moduleId={m.id} title={m.title} group={m.group} canWrite={canWrite} onWriteGranted={module.reload} />
    </EditorBoundary>
  );
}

function EditorUnavailable({ message }: { message: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('editor.unavailable'));
  return (
    <div className="page">
      <h1>{t('editor.unavailable')}</h1>
      <ErrorAlert message={message} />
      <Link to={PATHS.home}>{t('editor.backHome')}</Link>
    </div>
  );
}

/**
 * A rendering error in the editor must not blank the page: say so and offer a reload. Edits are
 * safe: they are in IndexedDB and on the server already.
 */
class EditorBoundary extends Component<{ message: string; action: string; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error('editor crashed', error);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="page" role="alert">
        <p>{this.props.message}</p>
        <button type="button" className="button button--primary" onClick={() => globalThis.location.reload()}>
          {this.props.action}
        </button>
      </div>
    );
  }
}

interface LiveEditorProps {
  moduleId: string;
  title: string;
  group: EditorModuleData['module']['group'];
  canWrite: boolean;
}

function LiveEditor({ moduleId, title, group, canWrite, onWriteGranted }: LiveEditorProps & { onWriteGranted: () => unknown }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const user = useUser();
  const [session, setSession] = useState<CollabSession | null>(null);
  // Made an author while the editor is open: the roles are read again, `canWrite` turns true and
  // the session is opened anew, writable (a ref: a new callback must not reopen the session).
  const writeGranted = useRef(onWriteGranted);
  writeGranted.current = onWriteGranted;

  useEffect(() => {
    const created = new CollabSession({
      moduleId,
      user: { id: user.id, name: user.name, color: colorFor(user.id) },
      token: () => api.freshAccessToken(),
      readOnly: !canWrite,
      onWriteGranted: () => void writeGranted.current(),
      persist: typeof indexedDB !== 'undefined',
    });
    setSession(created);
    return () => created.destroy();
  }, [moduleId, user.id, user.name, api, canWrite]);

  if (!session) return <Loading />;
  return <EditorWorkspace session={session} moduleId={moduleId} title={title} group={group} canWrite={canWrite} lang={currentLanguage(i18n)} t={t} />;
}

interface WorkspaceProps extends LiveEditorProps {
  session: CollabSession;
  lang: 'nl' | 'en';
  t: ReturnType<typeof useTranslation>['t'];
}

function EditorWorkspace({ session, moduleId, title, group, canWrite, lang, t }: WorkspaceProps) {
  const snapshot = useSessionSnapshot(session);
  const presence = usePresence(session);
  const [params, setParams] = useSearchParams();
  const [panel, setPanel] = useState<Panel>('none');
  const [editError, setEditError] = useState<string | null>(null);
  /** A page just added: its form's first field gets the focus once it shows (keyboard users type on). */
  const [focusFormOf, setFocusFormOf] = useState<string | null>(null);
  useEffect(() => {
    if (!focusFormOf) return;
    // Node ids are linkIDs (letters and digits): safe inside the selector.
    const field = /^[\w-]+$/.test(focusFormOf)
      ? document.querySelector<HTMLElement>(`.node-form[data-node-id="${focusFormOf}"] :is(input, textarea, select, [contenteditable="true"])`)
      : null;
    if (!field) return;
    field.focus();
    setFocusFormOf(null);
  });
  const { doc } = session;
  // A newer Samenwijs wrote the module in a shape this page does not know: writing with the old
  // code would damage it, so the page locks and asks for a reload.
  useYVersion(metaOf(doc));
  const outdated = Number(metaOf(doc).get('version') ?? 0) > DOC_SHAPE_VERSION;
  const readOnly = snapshot.readOnly || !canWrite || outdated;
  // An author who may not write is looking at a deleted module; anyone else is not an author (a
  // reviewer, or demoted while editing: the server said so). A newer shape has its own message.
  const readOnlyReason =
    !readOnly || outdated ? null : { reason: !canWrite && group.myRoles.includes('AUTHOR') ? ('deleted' as const) : ('notAuthor' as const), group: group.name };
  const pagesVersion = useStructureVersion(doc);
  // The title as authors set it in the module settings (the catalogue follows it), live.
  useYVersion(propertiesOf(doc));
  const liveTitle = htmlToPlainText(propertiesOf(doc).get('name') ?? '') || title;
  useDocumentTitle(liveTitle);

  const selectedId = params.get('pagina');
  const select = useCallback(
    (pageId: string | null) => {
      setParams(
        (p) => {
          const next = new URLSearchParams(p);
          if (pageId) next.set('pagina', pageId);
          else next.delete('pagina');
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  // Open the first page when none is chosen (or the chosen one was removed by someone).
  // Looked up on every render: a restored version or a module written over replaces the page's
  // Y.Map, and a form bound to the old, deleted one would read nothing.
  const settings = selectedId === MODULE_SETTINGS_ID;
  const located = selectedId && !settings ? findNode(doc, selectedId) : undefined;
  useEffect(() => {
    if (located || settings || snapshot.status === 'connecting') return;
    const [top] = topNodes(doc);
    const first = top ? idOf(top) : null;
    if (first && first !== selectedId) select(first);
  }, [located, settings, doc, select, selectedId, snapshot.status, pagesVersion]);

  useEffect(() => session.setPage(located || settings ? selectedId : null), [session, located, settings, selectedId]);

  // Ctrl+Z anywhere outside a field undoes this person's last change in the module (not while
  // the editor is locked: read-only, or a newer shape it must not write into).
  useEffect(() => {
    if (readOnly) return;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      session.handleUndoKey(event);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [session, readOnly]);

  // Offline edits are safe in this browser (IndexedDB), but not yet on the server: ask before
  // the tab closes, so nobody walks away from a shared computer thinking they are saved.
  useEffect(() => {
    if (!snapshot.unsynced) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    globalThis.addEventListener('beforeunload', warn);
    return () => globalThis.removeEventListener('beforeunload', warn);
  }, [snapshot.unsynced]);

  const reportEditError = useCallback(
    (error: unknown) => {
      const { reason } = editErrorReason(error);
      setEditError(t(`editor.fieldErrors.${reason ?? 'invalid'}`, { defaultValue: t('editor.fieldErrors.invalid') }));
    },
    [t],
  );

  const def = located ? nodeDeclaration(doc, selectedId as string) : undefined;
  const nodeType = located ? typeOf(located.node) : null;
  const typeLabel = nodeType === CHAPTER_TYPE ? t('editor.outline.chapter') : nodeType ? (pageType(nodeType)?.label[lang] ?? nodeType) : '';
  const others = presence.filter((p) => !p.self);

  const togglePanel = (next: Panel) => setPanel((current) => (current === next ? 'none' : next));
  const previewScope: PreviewScope | null = panel === 'preview-page' ? 'page' : panel === 'preview-module' ? 'module' : null;

  return (
    <EditorErrorContext.Provider value={reportEditError}>
      <div className="editor" data-status={snapshot.status} data-readonly={readOnly ? 'true' : 'false'}>
        <div className="editor__bar">
          <div className="editor__heading">
            <p className="editor__crumb">
              <Link to={PATHS.group(group.slug)}>{group.name}</Link>
            </p>
            <h1 className="editor__title">{liveTitle || t('modules.untitled')}</h1>
          </div>
          <ConnectionBadge status={snapshot.status} readOnly={readOnly} refusal={snapshot.refusal} unsynced={snapshot.unsynced} readOnlyReason={readOnlyReason} />
          <ul className="presence" aria-label={t('editor.presence.label', { count: presence.length })}>
            {presence.map((p) => (
              <li key={p.clientId} className="presence__person" title={p.self ? `${p.user.name} (${t('common.you')})` : p.user.name}>
                <span className="avatar" style={{ backgroundColor: p.user.color }} aria-hidden="true">
                  {initialsOf(p.user.name)}
                </span>
                <span className="visually-hidden">{p.self ? `${p.user.name} (${t('common.you')})` : p.user.name}</span>
              </li>
            ))}
          </ul>
          <div className="editor__tools" role="toolbar" aria-label={t('editor.tools')}>
            {!readOnly ? (
              <>
                <button type="button" className="icon-button" onClick={() => session.undo()} disabled={!snapshot.canUndo} aria-label={t('editor.undo')} aria-keyshortcuts="Control+Z">
                  <Undo2 size={18} aria-hidden="true" />
                </button>
                <button type="button" className="icon-button" onClick={() => session.redo()} disabled={!snapshot.canRedo} aria-label={t('editor.redo')} aria-keyshortcuts="Control+Shift+Z">
                  <Redo2 size={18} aria-hidden="true" />
                </button>
              </>
            ) : null}
            <button type="button" className="button button--small" aria-pressed={panel === 'preview-page'} onClick={() => togglePanel('preview-page')}>
              <Eye size={16} aria-hidden="true" /> {t('editor.preview.page')}
            </button>
            <button type="button" className="button button--small" aria-pressed={panel === 'preview-module'} onClick={() => togglePanel('preview-module')}>
              <Eye size={16} aria-hidden="true" /> {t('editor.preview.module')}
            </button>
            <button type="button" className="button button--small" aria-pressed={panel === 'versions'} onClick={() => togglePanel('versions')}>
              <History size={16} aria-hidden="true" /> {t('editor.versions.title')}
            </button>
          </div>
        </div>
        {others.length > 0 ? (
          <p className="visually-hidden" aria-live="polite">
            {t('editor.presence.others', { names: others.map((p) => p.user.name).join(', ') })}
          </p>
        ) : null}
        {outdated ? (
          <div className="alert alert--error editor__error" role="alert">
            <p>{t('editor.outdated')}</p>
            <button type="button" className="button button--primary button--small" onClick={() => globalThis.location.reload()}>
              {t('editor.reload')}
            </button>
          </div>
        ) : null}
        <ErrorAlert message={editError} className="editor__error" />
        <div className={`editor__body${panel !== 'none' ? ' editor__body--with-panel' : ''}`}>
          <Outline
            session={session}
            selectedId={located || settings ? selectedId : null}
            onSelect={select}
            onAdded={setFocusFormOf}
            readOnly={readOnly}
            presence={presence}
          />
          <section className="editor__page" aria-labelledby="page-heading">
            {settings ? (
              <>
                <h2 id="page-heading" className="editor__page-title">
                  {t('editor.settings.title')}
                </h2>
                <ModuleSettings session={session} readOnly={readOnly} />
              </>
            ) : located && def ? (
              <>
                <h2 id="page-heading" className="editor__page-title">
                  {typeLabel}
                </h2>
                <NodeForm key={objectKey(located.node)} node={located.node} def={def} session={session} readOnly={readOnly} hideChildren={nodeType === CHAPTER_TYPE} />
              </>
            ) : (
              <h2 id="page-heading" className="editor__page-title">
                {snapshot.status === 'connecting' ? t('app.loading') : located ? t('editor.unknownType', { type: nodeType }) : t('editor.noPage')}
              </h2>
            )}
          </section>
          {panel !== 'none' ? (
            <Suspense fallback={<Loading />}>
              {previewScope ? <PreviewPanel doc={doc} pageId={located ? selectedId : null} scope={previewScope} title={title} /> : null}
              {panel === 'versions' ? <VersionsPanel moduleId={moduleId} canWrite={!readOnly} title={title} /> : null}
            </Suspense>
          ) : null}
        </div>
      </div>
    </EditorErrorContext.Provider>
  );
}

