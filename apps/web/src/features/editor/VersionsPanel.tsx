import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessages } from '../../app/api/error-messages';
import { useMutation, useQuery } from '../../app/api/hooks';
import { useFormat } from '../../app/i18n/format';
import { currentLanguage } from '../../app/i18n/i18n';
import { ErrorAlert, Loading, StatusMessage } from '../../components/Messages';
import {
  COMPARE_VERSIONS_QUERY,
  RESTORE_VERSION_MUTATION,
  SAVE_VERSION_MUTATION,
  VERSION_CONTENT_QUERY,
  VERSIONS_QUERY,
  type CompareData,
  type ModuleVersion,
  type RestoreVersionData,
  type SaveVersionData,
  type SaveVersionVariables,
  type VersionContentData,
  type VersionsData,
} from './operations';
import { PreviewFrame } from './PreviewFrame';

type View = { kind: 'view' | 'compare'; version: ModuleVersion } | null;

/** Named versions: save now, list, view one read-only, compare it with now, restore it. */
export function VersionsPanel({ moduleId, canWrite, title }: { moduleId: string; canWrite: boolean; title: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { message: errorText } = useErrorMessages();
  const versions = useQuery<VersionsData, { id: string }>(VERSIONS_QUERY, { id: moduleId });
  const save = useMutation<SaveVersionData, SaveVersionVariables>(SAVE_VERSION_MUTATION);
  const restore = useMutation<RestoreVersionData, { id: string }>(RESTORE_VERSION_MUTATION);
  const [name, setName] = useState('');
  const [view, setView] = useState<View>(null);
  const [message, setMessage] = useState<string | null>(null);

  const onSave = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await save.run({ input: { moduleId, name: name.trim() } });
    if (!saved) return;
    setName('');
    setMessage(t('editor.versions.saved', { name: saved.saveModuleVersion.name }));
    // The list failed to load earlier (no connection then): load it now instead.
    if (!versions.data) void versions.reload();
    else versions.setData((d) => ({ module: { ...d.module, versions: [saved.saveModuleVersion, ...d.module.versions] } }));
  };

  const onRestore = async (version: ModuleVersion) => {
    if (!globalThis.confirm(t('editor.versions.confirmRestore', { name: version.name }))) return;
    const done = await restore.run({ id: version.id });
    if (done) setMessage(t('editor.versions.restored', { name: version.name }));
  };

  return (
    <section className="versions" aria-labelledby="versions-heading">
      <h2 id="versions-heading" className="panel__title">
        {t('editor.versions.title')}
      </h2>
      {message ? <StatusMessage onDismiss={() => setMessage(null)}>{message}</StatusMessage> : null}
      {canWrite ? (
        <form className="versions__save" onSubmit={onSave}>
          <label className="field">
            <span className="field__label">{t('editor.versions.name')}</span>
            <input className="input" value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />
          </label>
          <button type="submit" className="button button--primary" disabled={save.pending || !name.trim()}>
            {save.pending ? t('common.saving') : t('editor.versions.save')}
          </button>
          <ErrorAlert message={save.error ? errorText(save.error) : null} />
        </form>
      ) : null}
      <ErrorAlert message={restore.error ? errorText(restore.error) : null} />
      {versions.loading && !versions.data ? <Loading /> : null}
      <ErrorAlert
        message={
          versions.error ? (
            <>
              {errorText(versions.error)}{' '}
              <button type="button" className="button button--small" onClick={() => void versions.reload()} disabled={versions.loading}>
                {t('app.retry')}
              </button>
            </>
          ) : null
        }
      />
      {versions.data && versions.data.module.versions.length === 0 ? <p>{t('editor.versions.none')}</p> : null}
      <ul className="versions__list">
        {versions.data?.module.versions.map((version) => (
          <li key={version.id} className="versions__item" data-version-id={version.id}>
            <span className="versions__name">{version.name}</span>
            <span className="versions__meta">
              {format.dateTime(version.createdAt)}
              {version.createdBy ? ` · ${version.createdBy.name}` : ''}
              {version.kind === 'REVIEW' ? ` · ${t('editor.versions.review')}` : ''}
            </span>
            <span className="versions__actions">
              <button type="button" className="button button--small" onClick={() => setView({ kind: 'view', version })} aria-label={t('editor.versions.viewNamed', { name: version.name })}>
                {t('editor.versions.view')}
              </button>
              <button type="button" className="button button--small" onClick={() => setView({ kind: 'compare', version })} aria-label={t('editor.versions.compareNamed', { name: version.name })}>
                {t('editor.versions.compare')}
              </button>
              {canWrite ? (
                <button type="button" className="button button--small" disabled={restore.pending} onClick={() => void onRestore(version)} aria-label={t('editor.versions.restoreNamed', { name: version.name })}>
                  {t('editor.versions.restore')}
                </button>
              ) : null}
            </span>
          </li>
        ))}
      </ul>
      {view?.kind === 'view' ? <VersionView version={view.version} title={title} onClose={() => setView(null)} /> : null}
      {view?.kind === 'compare' ? <VersionCompare version={view.version} onClose={() => setView(null)} /> : null}
    </section>
  );
}

function VersionView({ version, title, onClose }: { version: ModuleVersion; title: string; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const { message: errorText } = useErrorMessages();
  const content = useQuery<VersionContentData, { id: string }>(VERSION_CONTENT_QUERY, { id: version.id });
  return (
    <div className="versions__detail">
      <h3>{t('editor.versions.viewing', { name: version.name })}</h3>
      <button type="button" className="button button--small" onClick={onClose}>
        {t('common.close')}
      </button>
      {content.loading ? <Loading /> : null}
      <ErrorAlert message={content.error ? errorText(content.error) : null} />
      {content.data ? <PreviewFrame html={content.data.moduleVersion.html} title={`${title} · ${version.name}`} lang={currentLanguage(i18n)} /> : null}
    </div>
  );
}

function VersionCompare({ version, onClose }: { version: ModuleVersion; onClose(): void }) {
  const { t } = useTranslation();
  const { message: errorText } = useErrorMessages();
  const diff = useQuery<CompareData, { from: string }>(COMPARE_VERSIONS_QUERY, { from: version.id });
  const d = diff.data?.compareModuleVersions;
  const nothing = d && d.added.length + d.removed.length + d.moved.length + d.changed.length === 0;
  return (
    <div className="versions__detail diff">
      <h3>{t('editor.versions.comparing', { name: version.name })}</h3>
      <button type="button" className="button button--small" onClick={onClose}>
        {t('common.close')}
      </button>
      {diff.loading ? <Loading /> : null}
      <ErrorAlert message={diff.error ? errorText(diff.error) : null} />
      {nothing ? <p>{t('editor.versions.noChanges')}</p> : null}
      {d ? (
        <ul className="diff__list">
          {d.added.map((p) => (
            <li key={`a${p.id}`} className="diff__added">{t('editor.diff.added', { title: p.title || p.type })}</li>
          ))}
          {d.removed.map((p) => (
            <li key={`r${p.id}`} className="diff__removed">{t('editor.diff.removed', { title: p.title || p.type })}</li>
          ))}
          {d.moved.map((p) => (
            <li key={`m${p.id}`}>{t('editor.diff.moved', { title: p.title || p.type, from: p.fromIndex + 1, to: p.toIndex + 1 })}</li>
          ))}
          {d.changed.map((p) => (
            <li key={`c${p.id}`}>
              {t('editor.diff.changed', { title: p.title || p.type })}
              {p.subItemsAdded + p.subItemsRemoved + p.subItemsChanged > 0 ? (
                <span> {t('editor.diff.subItems', { added: p.subItemsAdded, removed: p.subItemsRemoved, changed: p.subItemsChanged })}</span>
              ) : null}
              {p.fields.map((f) => (
                <p key={f.field} className="diff__field">
                  <span className="diff__field-name">{f.field}: </span>
                  {f.text.map((c, i) =>
                    c.op === 'INSERT' ? <ins key={i}>{c.text}</ins> : c.op === 'DELETE' ? <del key={i}>{c.text}</del> : <span key={i}>{c.text}</span>,
                  )}
                </p>
              ))}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
