import {
  CHAPTER_TYPE,
  duplicateNode,
  movePage,
  pageSummaries,
  pageType,
  removeNode,
  type PageSummary,
} from '@samenwijs/module-model';
import { ArrowDown, ArrowUp, Copy, GripVertical, Settings, Trash2 } from 'lucide-react';
import { useMemo, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../app/i18n/i18n';
import { AddPageMenu } from './AddPageMenu';
import { initialsOf } from './collab/colors';
import type { CollabSession, Presence } from './collab/collab-session';
import { usePageListVersion } from './collab/hooks';
import { useEditorErrors } from './editor-errors';
import { MODULE_SETTINGS_ID } from './ModuleSettings';
import { PageTypeIcon } from './PageTypeIcon';

export interface OutlineProps {
  session: CollabSession;
  selectedId: string | null;
  onSelect(id: string | null): void;
  /** A page was added here (after it is selected): e.g. to put the focus in its form. */
  onAdded?(id: string): void;
  readOnly: boolean;
  presence: Presence[];
}

interface Entry extends PageSummary {
  /** Position among all entries of the same container, for moving. */
  siblings: number;
}

/**
 * The module's pages and chapters in reading order. Pages move by drag and drop, or with the
 * buttons and Alt+↑/↓ on a page; everyone's presence shows beside the page they have open.
 */
export function Outline({ session, selectedId, onSelect, onAdded, readOnly, presence }: OutlineProps) {
  const { doc } = session;
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const report = useEditorErrors();
  const version = usePageListVersion(doc);
  const [dragging, setDragging] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const entries = useMemo<Entry[]>(() => {
    void version;
    const all = pageSummaries(doc);
    const count = new Map<string | null, number>();
    for (const page of all) count.set(page.chapterId, (count.get(page.chapterId) ?? 0) + 1);
    return all.map((page) => ({ ...page, siblings: count.get(page.chapterId) ?? 0 }));
  }, [doc, version]);

  const byPage = useMemo(() => {
    const map = new Map<string, Presence[]>();
    for (const person of presence) {
      if (!person.pageId || person.self) continue;
      map.set(person.pageId, [...(map.get(person.pageId) ?? []), person]);
    }
    return map;
  }, [presence]);

  const typeLabel = (type: string) => (type === CHAPTER_TYPE ? t('editor.outline.chapter') : (pageType(type)?.label[lang] ?? type));
  const titleOf = (entry: PageSummary) => entry.title.trim() || t('editor.outline.untitled');

  const run = (action: () => void, message?: string) => {
    try {
      session.discrete(action);
      if (message) setAnnouncement(message);
    } catch (error) {
      report(error);
    }
  };

  const move = (entry: Entry, delta: number) => {
    const index = entry.index + delta;
    if (index < 0 || index >= entry.siblings) return;
    run(() => movePage(doc, entry.id, index, entry.chapterId), t('editor.outline.moved', { title: titleOf(entry), position: index + 1 }));
  };

  const onKeyDown = (entry: Entry) => (event: KeyboardEvent) => {
    if (readOnly || !event.altKey) return;
    if (event.key === 'ArrowUp') move(entry, -1);
    else if (event.key === 'ArrowDown') move(entry, 1);
    else return;
    event.preventDefault();
  };

  const onDrop = (target: Entry) => (event: DragEvent) => {
    event.preventDefault();
    const id = dragging ?? event.dataTransfer.getData('text/x-samenwijs-page');
    setDragging(null);
    const source = entries.find((e) => e.id === id);
    if (!source || source.id === target.id) return;
    if (target.type === CHAPTER_TYPE && source.type !== CHAPTER_TYPE) {
      // Dropped on a chapter: the page goes to the end of that chapter.
      const inside = entries.filter((e) => e.chapterId === target.id).length;
      run(() => movePage(doc, source.id, source.chapterId === target.id ? inside - 1 : inside, target.id));
      return;
    }
    if (source.type === CHAPTER_TYPE && target.chapterId !== null) return; // chapters stay top-level
    const index = target.index; // the dropped page takes the target's place
    run(() => movePage(doc, source.id, index, target.chapterId), t('editor.outline.moved', { title: titleOf(source), position: index + 1 }));
  };

  return (
    <nav className="outline" aria-labelledby="outline-heading">
      <div className="outline__head">
        <h2 id="outline-heading" className="outline__title">
          {t('editor.outline.title')}
        </h2>
        <span className="outline__count">{t('editor.outline.count', { count: entries.filter((e) => e.type !== CHAPTER_TYPE).length })}</span>
      </div>
      <button
        type="button"
        className={`outline__settings${selectedId === MODULE_SETTINGS_ID ? ' outline__settings--selected' : ''}`}
        aria-current={selectedId === MODULE_SETTINGS_ID ? 'page' : undefined}
        onClick={() => onSelect(MODULE_SETTINGS_ID)}
      >
        <Settings size={16} aria-hidden="true" /> {t('editor.settings.title')}
      </button>
      {entries.length === 0 ? <p className="outline__empty">{t('editor.outline.empty')}</p> : null}
      <ol className="outline__list">
        {entries.map((entry) => {
          const selected = entry.id === selectedId;
          const here = byPage.get(entry.id) ?? [];
          const def = entry.type === CHAPTER_TYPE ? undefined : pageType(entry.type);
          return (
            <li
              key={entry.id}
              className={`outline__item${entry.chapterId ? ' outline__item--nested' : ''}${selected ? ' outline__item--selected' : ''}${dragging === entry.id ? ' outline__item--dragging' : ''}`}
              data-page-id={entry.id}
              draggable={!readOnly}
              onDragStart={(event) => {
                setDragging(entry.id);
                event.dataTransfer.effectAllowed = 'move';
                event.dataTransfer.setData('text/x-samenwijs-page', entry.id);
              }}
              onDragEnd={() => setDragging(null)}
              onDragOver={(event) => {
                if (!readOnly && dragging) event.preventDefault();
              }}
              onDrop={onDrop(entry)}
            >
              {!readOnly ? <GripVertical size={16} aria-hidden="true" className="outline__grip" /> : null}
              <button
                type="button"
                className="outline__select"
                aria-current={selected ? 'page' : undefined}
                onClick={() => onSelect(entry.id)}
                onKeyDown={onKeyDown(entry)}
                aria-keyshortcuts={readOnly ? undefined : 'Alt+ArrowUp Alt+ArrowDown'}
              >
                <PageTypeIcon icon={entry.type === CHAPTER_TYPE ? 'folder' : def?.icon} />
                <span className="outline__text">
                  <span className="outline__page-title">{titleOf(entry)}</span>
                  <span className="outline__type">
                    {typeLabel(entry.type)}
                    {entry.hidden ? ` · ${t('editor.outline.hidden')}` : ''}
                  </span>
                </span>
              </button>
              {here.length > 0 ? (
                <span className="outline__presence">
                  <span className="visually-hidden">{t('editor.presence.onPage', { names: here.map((p) => p.user.name).join(', ') })}</span>
                  {here.map((p) => (
                    <span key={p.clientId} className="avatar avatar--small" style={{ backgroundColor: p.user.color }} title={p.user.name} aria-hidden="true">
                      {initialsOf(p.user.name)}
                    </span>
                  ))}
                </span>
              ) : null}
              {!readOnly ? (
                <span className="outline__actions">
                  <button type="button" className="icon-button" onClick={() => move(entry, -1)} disabled={entry.index === 0} aria-label={t('editor.outline.moveUp', { title: titleOf(entry) })}>
                    <ArrowUp size={16} aria-hidden="true" />
                  </button>
                  <button type="button" className="icon-button" onClick={() => move(entry, 1)} disabled={entry.index >= entry.siblings - 1} aria-label={t('editor.outline.moveDown', { title: titleOf(entry) })}>
                    <ArrowDown size={16} aria-hidden="true" />
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    onClick={() => run(() => onSelect(duplicateNode(doc, entry.id)), t('editor.outline.duplicated', { title: titleOf(entry) }))}
                    aria-label={t('editor.outline.duplicate', { title: titleOf(entry) })}
                  >
                    <Copy size={16} aria-hidden="true" />
                  </button>
                  <button
                    type="button"
                    className="icon-button icon-button--danger"
                    onClick={() =>
                      run(() => {
                        removeNode(doc, entry.id);
                        if (selected) onSelect(null);
                      }, t('editor.outline.removed', { title: titleOf(entry) }))
                    }
                    aria-label={t('editor.outline.remove', { title: titleOf(entry) })}
                  >
                    <Trash2 size={16} aria-hidden="true" />
                  </button>
                </span>
              ) : null}
            </li>
          );
        })}
      </ol>
      {!readOnly ? (
        <AddPageMenu
          session={session}
          chapters={entries.filter((e) => e.type === CHAPTER_TYPE).map((e) => ({ id: e.id, title: titleOf(e) }))}
          onAdded={(id, title) => {
            onSelect(id);
            setAnnouncement(t('editor.outline.added', { title }));
            onAdded?.(id);
          }}
        />
      ) : null}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </nav>
  );
}
