/**
 * Accessible HTML for a page or a whole module, for previews, the publishing package and
 * readers without the Xerte player. No inline script or style is emitted (a strict CSP holds),
 * every value is escaped, rich text passes through the editor schema, and page types nobody
 * declared show a neutral notice instead of their content.
 */
import { getAttribute, type ModuleJson, type NodeJson } from '../module-json';
import { CHAPTER_TYPE, pageType } from '../registry';
import { createContext, esc, heading, mediaBlock, mediaRef, mediaUrl, pageHref, rich, textOf, type RenderContext, type RenderOptions } from './context';
import { PAGE_RENDERERS } from './pages';

export type { RenderOptions } from './context';
export { PAGE_RENDERERS, type PageRenderer } from './pages';

const SAFE_ID = /^[A-Za-z][A-Za-z0-9_.:-]*$/;

function resources(ctx: RenderContext, node: NodeJson): string {
  const grid = getAttribute(node, 'resources');
  if (!grid || grid.trim() === '|' || grid.trim() === '') return '';
  const items = grid
    .split('||')
    .map((row) => row.split('|'))
    .map(([title = '', resource = '', page = '', description = '']) => {
      const href = mediaRef(resource) ? mediaUrl(ctx, resource) : pageHref(ctx, page.trim() || undefined);
      const label = textOf(title) || esc(resource || page);
      if (!label) return '';
      return `<li>${href ? `<a href="${esc(href)}">${label}</a>` : label}${description ? ` <span class="sw-resource-description">${textOf(description)}</span>` : ''}</li>`;
    })
    .filter(Boolean)
    .join('');
  if (!items) return '';
  const id = ctx.id('resources');
  return `<aside class="sw-resources" aria-labelledby="${id}">${heading(ctx, ctx.level + 1, esc(ctx.t.resources), id)}<ul>${items}</ul></aside>`;
}

function narration(ctx: RenderContext, node: NodeJson): string {
  return mediaBlock(ctx, getAttribute(node, 'narration'), { title: ctx.t.narration, transcript: rich(node, 'narrationTranscript') });
}

function renderWith(node: NodeJson, ctx: RenderContext): string {
  const titleId = ctx.id('title');
  const linkID = getAttribute(node, 'linkID');
  const anchor = linkID && SAFE_ID.test(linkID) ? ` id="${esc(linkID)}"` : '';
  const title = heading(ctx, ctx.level, textOf(getAttribute(node, 'name')), titleId);
  const renderer = Object.prototype.hasOwnProperty.call(PAGE_RENDERERS, node.type) ? PAGE_RENDERERS[node.type] : undefined;
  if (!pageType(node.type) || !renderer || node.type === CHAPTER_TYPE) {
    return `<section class="sw-page sw-page-unknown"${anchor} aria-labelledby="${titleId}">${title}<p class="sw-not-shown">${esc(ctx.t.unknownPage(node.type))}</p></section>`;
  }
  const content = renderer(node, ctx) + narration(ctx, node) + resources(ctx, node);
  return `<section class="sw-page sw-page-${esc(node.type)}"${anchor} aria-labelledby="${titleId}">${title}${content}</section>`;
}

/** One page as an HTML fragment: a `<section>` with the title at `headingLevel` (default 2). */
export function renderPage(node: NodeJson, options: RenderOptions = {}): string {
  return renderWith(node, createContext(options));
}

/**
 * A whole module as an `<article>`: its title as `<h1>`, pages as sections with `<h2>` titles,
 * chapters as sections holding their pages one level lower. Hidden pages (`hidePage="true"`)
 * are left out unless `includeHidden`.
 */
export function renderModule(json: ModuleJson, options: RenderOptions & { includeHidden?: boolean } = {}): string {
  const language = getAttribute(json, 'language') ?? '';
  const lang = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language) ? ` lang="${esc(language)}"` : '';
  const ui = options.language ?? (/^en\b/i.test(language) ? 'en' : 'nl');
  const ctx = createContext({ ...options, language: ui });
  const visible = (node: NodeJson): boolean => options.includeHidden === true || getAttribute(node, 'hidePage') !== 'true';
  const at = (level: number): RenderContext => ({ ...ctx, level });
  let html = `<article class="sw-module"${lang}>${heading(ctx, 1, textOf(getAttribute(json, 'name')))}`;
  for (const node of json.pages.filter(visible)) {
    if (node.type === CHAPTER_TYPE) {
      const id = ctx.id('chapter');
      html += `<section class="sw-chapter" aria-labelledby="${id}">${heading(ctx, 2, textOf(getAttribute(node, 'name')), id)}`;
      html += node.children.filter(visible).map((page) => renderWith(page, at(3))).join('');
      html += `</section>`;
    } else {
      html += renderWith(node, at(2));
    }
  }
  return `${html}</article>`;
}
