import { docToModule, findNode, nodesOf, nodeToJson, pageKeysOf, propertiesOf, renderModule, renderPage, typeOf } from '@samenwijs/module-model';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { currentLanguage } from '../../app/i18n/i18n';
import { useYVersion } from './collab/hooks';
import { PreviewFrame } from './PreviewFrame';

export type PreviewScope = 'page' | 'module';

/** The selected page, or the whole module, rendered through the registry as learners see it. */
export function PreviewPanel({ doc, pageId, scope, title }: { doc: Y.Doc; pageId: string | null; scope: PreviewScope; title: string }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const version = useYVersion(nodesOf(doc), true) + useYVersion(pageKeysOf(doc)) + useYVersion(propertiesOf(doc));
  const [html, setHtml] = useState('');

  // Rendering the whole module on every keystroke is wasted work: settle for 250 ms first.
  useEffect(() => {
    const timer = setTimeout(() => {
      try {
        if (scope === 'module') {
          setHtml(renderModule(docToModule(doc), { language: lang }));
          return;
        }
        const located = pageId ? findNode(doc, pageId) : undefined;
        if (!located) {
          setHtml(`<p>${t('editor.preview.noPage')}</p>`);
          return;
        }
        const parent = located.parent ? typeOf(located.parent) : undefined;
        setHtml(renderPage(nodeToJson(located.node, parent), { language: lang, headingLevel: 1 }));
      } catch {
        setHtml(`<p>${t('editor.preview.failed')}</p>`);
      }
    }, 250);
    return () => clearTimeout(timer);
  }, [doc, pageId, scope, lang, version, t]);

  return (
    <section className="preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading" className="panel__title">
        {scope === 'module' ? t('editor.preview.moduleTitle') : t('editor.preview.pageTitle')}
      </h2>
      <PreviewFrame html={html} title={title} lang={lang} />
    </section>
  );
}
