import { useTranslation } from 'react-i18next';

/** Learner-view styles inside the preview; the rendering itself carries no styles or scripts. */
const PREVIEW_CSS = `
body { font: 16px/1.5 system-ui, sans-serif; color: #1b1b1f; margin: 1rem 1.25rem; max-width: 48rem; }
img, video { max-width: 100%; height: auto; }
h1, h2, h3 { line-height: 1.25; }
.sw-page, .sw-chapter { border-top: 1px solid #d0d0d8; padding-top: .75rem; margin-top: 1rem; }
fieldset { border: 1px solid #c4c4cc; border-radius: 6px; }
details { margin: .5rem 0; }
table { border-collapse: collapse; } td, th { border: 1px solid #c4c4cc; padding: .25rem .5rem; }
`;

/**
 * Rendered HTML shown as learners see it, in a sandboxed frame with no scripts, no same-origin
 * access and a CSP that allows only images and media from anywhere and styles inline.
 */
export function PreviewFrame({ html, title, lang }: { html: string; title: string; lang: string }) {
  const { t } = useTranslation();
  const doc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src https: http: data:; media-src https: http:; style-src 'unsafe-inline'">
<title>${title.replace(/[<&]/g, '')}</title><style>${PREVIEW_CSS}</style></head><body>${html}</body></html>`;
  return <iframe className="preview__frame" title={t('editor.preview.frameTitle', { title })} sandbox="" srcDoc={doc} />;
}
