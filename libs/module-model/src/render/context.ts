/**
 * What every page renderer shares: options, UI strings, escaping, safe rich text, media and
 * page links. Everything that reaches the output is either escaped text or HTML produced by the
 * editor schema's `docToHtml` (which drops anything unsafe), so no script, event handler or
 * `javascript:` URL can come through, whatever a module holds.
 */
import { docToHtml, docToText, htmlToDoc, isSafeImageUrl, isSafeLinkUrl, type DocJson, type NodeJson as PmNodeJson } from '@samenwijs/editor-schema';
import { getAttribute, type NodeJson, type RichText } from '../module-json';
import { escapeHtml, htmlToPlainText } from '../text';
import { MEDIA_EXPRESSION } from '../doc/validate';
import { STRINGS, type UiStrings } from './strings';

export interface RenderOptions {
  /** Language of the surrounding UI texts (legends, "show the answers"…). Default `nl`. */
  language?: 'nl' | 'en';
  /** Heading level of a page title (`renderPage`); sections inside use the next levels. Default 2. */
  headingLevel?: number;
  /**
   * Turns a media reference into a URL: `ref` is a project file path (`media/photo.jpg`, from
   * `FileLocation + 'media/photo.jpg'` or an editor `src`) or an absolute http(s) URL. Return
   * undefined to leave the media out. Default: file paths stay relative, URLs stay as they are.
   */
  resolveMedia?: (ref: string) => string | undefined;
  /** Turns a page id (linkID or pageID) into a link target. Default: `#<id>`. */
  resolvePageLink?: (id: string) => string | undefined;
  /** Prefix for element ids, so several rendered pages can share one document. */
  idPrefix?: string;
}

export interface RenderContext {
  options: RenderOptions;
  t: UiStrings;
  level: number;
  /** A document-unique id for labels and ARIA references. */
  id(hint: string): string;
}

export function createContext(options: RenderOptions): RenderContext {
  let counter = 0;
  const prefix = (options.idPrefix ?? 'sw').replace(/[^A-Za-z0-9_-]/g, '') || 'sw';
  return {
    options,
    t: STRINGS[options.language ?? 'nl'],
    level: clampLevel(options.headingLevel ?? 2),
    id: (hint) => `${prefix}-${hint.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 40) || 'x'}-${++counter}`,
  };
}

export function clampLevel(level: number): number {
  return Math.min(6, Math.max(1, Math.round(level)));
}

export const esc = escapeHtml;

/** Placeholder values Xerte's editor saves literally; they mean "empty". */
const PLACEHOLDERS = new Set([
  'select an image',
  'enter a description for accessibility',
  'link url',
  'enter embed code here',
  'enter destination page id',
  'select an audio or video file',
  'select a timed text transcript file',
  'unique id for this page',
]);

export function isPlaceholder(value: string | undefined): boolean {
  return value === undefined || value.trim() === '' || PLACEHOLDERS.has(value.trim().toLowerCase());
}

export function attr(node: NodeJson, name: string): string | undefined {
  const value = getAttribute(node, name);
  return isPlaceholder(value) ? undefined : value;
}

/** An HTML-valued plain field (titles, labels) as escaped text. */
export function textOf(value: string | undefined): string {
  return value === undefined ? '' : esc(htmlToPlainText(value));
}

export function heading(_ctx: RenderContext, level: number, content: string, id?: string): string {
  const l = clampLevel(level);
  return `<h${l}${id ? ` id="${esc(id)}"` : ''}>${content}</h${l}>`;
}

// ---------------------------------------------------------------------------------------------
// Media

/** A media attribute value as a reference: `media/…` for project files, the URL otherwise. */
export function mediaRef(value: string | undefined): string | undefined {
  if (isPlaceholder(value)) return undefined;
  const match = MEDIA_EXPRESSION.exec(value!);
  if (match) return match[1].replace(/^\//, '');
  const trimmed = value!.trim();
  if (/^https?:\/\//i.test(trimmed)) return trimmed;
  if (/^\/?media\//.test(trimmed)) return trimmed.replace(/^\//, '');
  return undefined;
}

function defaultResolve(ref: string): string | undefined {
  if (/^https?:\/\//i.test(ref)) return ref;
  // A project path: keep it relative, encoding what would break a URL.
  return ref
    .split('/')
    .map((segment) => encodeURIComponent(safeDecode(segment)))
    .join('/');
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The URL for a media reference, or undefined when it cannot be shown safely. */
export function mediaUrl(ctx: RenderContext, value: string | undefined): string | undefined {
  const ref = mediaRef(value);
  if (!ref) return undefined;
  if (ref.split('/').some((segment) => safeDecode(segment) === '..')) return undefined;
  const url = (ctx.options.resolveMedia ?? defaultResolve)(ref);
  return url && isSafeImageUrl(url) ? url : undefined;
}

export function pageHref(ctx: RenderContext, id: string | undefined): string | undefined {
  if (isPlaceholder(id) || !/^[A-Za-z0-9_.:-]+$/.test(id!)) return undefined;
  const href = ctx.options.resolvePageLink ? ctx.options.resolvePageLink(id!) : `#${id}`;
  return href && isSafeLinkUrl(href) ? href : undefined;
}

const IMAGE = /\.(jpe?g|png|gif|webp|svg|bmp|avif)(\?|#|$)/i;
const AUDIO = /\.(mp3|m4a|ogg|oga|wav|aac)(\?|#|$)/i;
const VIDEO = /\.(mp4|webm|ogv|m4v|mov)(\?|#|$)/i;

export type MediaKind = 'image' | 'audio' | 'video' | 'youtube' | 'vimeo' | 'pdf' | 'other';

export function mediaKind(ref: string): MediaKind {
  if (youTubeId(ref)) return 'youtube';
  if (/^https?:\/\/(www\.|player\.)?vimeo\.com\//i.test(ref)) return 'vimeo';
  if (IMAGE.test(ref)) return 'image';
  if (AUDIO.test(ref)) return 'audio';
  if (VIDEO.test(ref)) return 'video';
  if (/\.pdf(\?|#|$)/i.test(ref)) return 'pdf';
  return 'other';
}

/** The 11-character id of a YouTube video from a URL, embed code or bare id. */
export function youTubeId(value: string): string | undefined {
  const trimmed = value.trim();
  if (/^[A-Za-z0-9_-]{11}$/.test(trimmed)) return trimmed;
  const match = /(?:youtube(?:-nocookie)?\.com\/(?:watch\?(?:[^"'\s<>]*&)?v=|embed\/|shorts\/|v\/)|youtu\.be\/)([A-Za-z0-9_-]{11})/i.exec(trimmed);
  return match?.[1];
}

function vimeoId(value: string): string | undefined {
  return /vimeo\.com\/(?:video\/)?(\d{5,12})/i.exec(value)?.[1];
}

/** A video player for YouTube or Vimeo, from the privacy-friendly embed hosts, with a title. */
export function videoFrame(ref: string, title: string): string | undefined {
  const yt = youTubeId(ref);
  if (yt) return `<iframe class="sw-video-frame" src="https://www.youtube-nocookie.com/embed/${yt}" title="${esc(title)}" allowfullscreen loading="lazy"></iframe>`;
  const vimeo = vimeoId(ref);
  if (vimeo) return `<iframe class="sw-video-frame" src="https://player.vimeo.com/video/${vimeo}" title="${esc(title)}" allowfullscreen loading="lazy"></iframe>`;
  return undefined;
}

/**
 * A media element for an attribute: an image in a figure (alt from its alt field), an audio or
 * video player, a video frame, or a download link. `caption` is escaped text or empty.
 */
export function mediaBlock(ctx: RenderContext, value: string | undefined, options: { alt?: string; caption?: string; title?: string; transcript?: RichText } = {}): string {
  const ref = mediaRef(value);
  if (!ref) return '';
  const kind = mediaKind(ref);
  const alt = options.alt === undefined ? '' : htmlToPlainText(options.alt);
  const label = alt || options.title || '';
  const caption = options.caption ? `<figcaption>${options.caption}</figcaption>` : '';
  const transcript = options.transcript && options.transcript.html ? `<details class="sw-transcript"><summary>${esc(ctx.t.transcript)}</summary>${richBlock(ctx, options.transcript)}</details>` : '';
  if (kind === 'youtube' || kind === 'vimeo') {
    const frame = videoFrame(ref, alt || options.title || ctx.t.video);
    return frame ? `<figure class="sw-media sw-video">${frame}${caption}</figure>${transcript}` : '';
  }
  const url = mediaUrl(ctx, value);
  if (!url) return '';
  switch (kind) {
    case 'image':
      return `<figure class="sw-media sw-image"><img src="${esc(url)}" alt="${esc(alt)}">${caption}</figure>`;
    case 'audio':
      return `<figure class="sw-media sw-audio"><audio controls preload="none" src="${esc(url)}"${label ? ` aria-label="${esc(label)}"` : ''}><a href="${esc(url)}">${esc(ctx.t.download)}</a></audio>${caption}</figure>${transcript}`;
    case 'video':
      return `<figure class="sw-media sw-video"><video controls preload="none" src="${esc(url)}"${label ? ` aria-label="${esc(label)}"` : ''}><a href="${esc(url)}">${esc(ctx.t.download)}</a></video>${caption}</figure>${transcript}`;
    default:
      return `<p class="sw-media sw-file"><a href="${esc(url)}">${esc(alt || options.title || fileName(ref))}</a></p>`;
  }
}

function fileName(ref: string): string {
  return safeDecode(ref.split('/').pop() ?? ref);
}

// ---------------------------------------------------------------------------------------------
// Rich text

function mapDoc(node: PmNodeJson, ctx: RenderContext): PmNodeJson {
  let out = node;
  if (node.type === 'image') {
    const src = String(node.attrs?.src ?? '');
    const resolved = /^data:/i.test(src.trim()) ? src : mediaUrl(ctx, src);
    out = { ...node, attrs: { ...node.attrs, src: resolved ?? '' } };
  }
  if (node.marks) {
    out = {
      ...out,
      marks: node.marks.map((mark) => {
        if (mark.type !== 'link') return mark;
        const href = String(mark.attrs?.href ?? '');
        if (mark.attrs?.pageLink) return mark;
        if (/^\/?media\//.test(href)) return { ...mark, attrs: { ...mark.attrs, href: mediaUrl(ctx, href) ?? null } };
        return mark;
      }),
    };
  }
  if (node.content) out = { ...out, content: node.content.map((child) => mapDoc(child, ctx)) };
  return out;
}

/** Editor HTML made safe (again) and with media and page links resolved. */
export function richBlock(ctx: RenderContext, value: RichText | string | undefined): string {
  const html = typeof value === 'string' ? value : value?.html;
  if (!html) return '';
  const doc = mapDoc(htmlToDoc(html).doc, ctx) as DocJson;
  return docToHtml(doc).replace(/<a href="#([A-Za-z0-9_.:-]+)" data-page-link="\1">/g, (_m, id: string) => {
    const href = pageHref(ctx, id);
    return href ? `<a href="${esc(href)}" data-page-link="${esc(id)}">` : `<a data-page-link="${esc(id)}">`;
  });
}

/**
 * Rich text where only phrasing content is allowed (labels, summaries): the inside of a single
 * paragraph, else the text.
 */
export function richInline(ctx: RenderContext, value: RichText | string | undefined): string {
  const html = richBlock(ctx, value);
  const single = /^<p(?: style="[^"]*")?>((?:(?!<\/?p[ >]).)*)<\/p>$/s.exec(html);
  if (single) return single[1];
  const text = typeof value === 'string' ? value : value?.html;
  return text ? esc(docToText(htmlToDoc(text).doc)).replace(/\n/g, '<br>') : '';
}

export function rich(node: NodeJson, name: string): RichText | undefined {
  const value = node.richText?.[name];
  return value && value.html !== '' ? value : undefined;
}
