import { addPage, CHAPTER_TYPE, offeredPageTypes, PAGE_CATEGORIES, pageType, type PageTypeDef } from '@samenwijs/module-model';
import { Plus } from 'lucide-react';
import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollabSession } from './collab/collab-session';
import { currentLanguage } from '../../app/i18n/i18n';
import { useEditorErrors } from './editor-errors';
import { PageTypeIcon } from './PageTypeIcon';

export interface AddPageMenuProps {
  session: CollabSession;
  chapters: { id: string; title: string }[];
  onAdded(id: string, title: string): void;
}

/** "Add a page": page types by category with their Dutch (or English) names and descriptions. */
export function AddPageMenu({ session, chapters, onAdded }: AddPageMenuProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const report = useEditorErrors();
  const [open, setOpen] = useState(false);
  const [filter, setFilter] = useState('');
  const [chapterId, setChapterId] = useState('');
  const toggle = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  const groups = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    const chapter = pageType(CHAPTER_TYPE);
    const types = [...offeredPageTypes(), ...(chapter ? [chapter] : [])].filter(
      (def) => !needle || def.label[lang].toLowerCase().includes(needle) || def.description[lang].toLowerCase().includes(needle) || def.type.toLowerCase().includes(needle),
    );
    return PAGE_CATEGORIES.map((category) => ({ category, types: types.filter((def) => def.category === category) })).filter((g) => g.types.length > 0);
  }, [filter, lang]);

  const add = (def: PageTypeDef) => {
    try {
      const inChapter = chapterId && def.type !== CHAPTER_TYPE ? chapterId : undefined;
      let id = '';
      session.discrete(() => {
        id = addPage(session.doc, def.type, inChapter ? { chapterId: inChapter } : {});
      });
      setOpen(false);
      setFilter('');
      onAdded(id, pageType(def.type)?.label[lang] ?? def.type);
    } catch (error) {
      report(error);
    }
  };

  return (
    <div className="add-page">
      <button
        ref={toggle}
        type="button"
        className="button button--primary add-page__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        <Plus size={16} aria-hidden="true" /> {t('editor.addPage.button')}
      </button>
      {open ? (
        <div
          id={panelId}
          className="add-page__panel"
          role="group"
          aria-label={t('editor.addPage.title')}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              setOpen(false);
              toggle.current?.focus();
            }
          }}
        >
          <label className="field">
            <span className="field__label">{t('editor.addPage.search')}</span>
            <input className="input" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} autoFocus />
          </label>
          {chapters.length > 0 ? (
            <label className="field">
              <span className="field__label">{t('editor.addPage.where')}</span>
              <select className="input" value={chapterId} onChange={(e) => setChapterId(e.target.value)}>
                <option value="">{t('editor.addPage.topLevel')}</option>
                {chapters.map((c) => (
                  <option key={c.id} value={c.id}>
                    {t('editor.addPage.inChapter', { title: c.title })}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {groups.length === 0 ? <p>{t('editor.addPage.none')}</p> : null}
          {groups.map(({ category, types }) => (
            <section key={category} className="add-page__category" aria-labelledby={`${panelId}-${category}`}>
              <h3 id={`${panelId}-${category}`} className="add-page__category-title">
                {t(`editor.categories.${category}`)}
              </h3>
              <ul className="add-page__types">
                {types.map((def) => (
                  <li key={def.type}>
                    <button type="button" className="type-choice" data-page-type={def.type} onClick={() => add(def)}>
                      <PageTypeIcon icon={def.icon} size={20} />
                      <span className="type-choice__text">
                        <span className="type-choice__name">{def.label[lang]}</span>
                        <span className="type-choice__description">{def.description[lang]}</span>
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      ) : null}
    </div>
  );
}
