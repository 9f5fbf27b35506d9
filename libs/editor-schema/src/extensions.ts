import { getSchema, mergeAttributes, Node, type AnyExtension } from '@tiptap/core';
import Image from '@tiptap/extension-image';
import Link from '@tiptap/extension-link';
import Subscript from '@tiptap/extension-subscript';
import Superscript from '@tiptap/extension-superscript';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import TextAlign from '@tiptap/extension-text-align';
import StarterKit from '@tiptap/starter-kit';
import type { Schema } from '@tiptap/pm/model';
import { isAllowedVideoSrc, isSafeLinkUrl } from './urls';

/** The part of a DOM element the browser-side parse rules use (this library has no DOM types). */
interface DomElement {
  getAttribute(name: string): string | null;
}

/** Alignments kept from `style="text-align:…"` and `align=`; anything else is dropped. */
export const TEXT_ALIGNMENTS = ['left', 'center', 'right', 'justify'] as const;
export type TextAlignment = (typeof TEXT_ALIGNMENTS)[number];

/**
 * The link mark keeps only what the content needs: the target, whether it opens a new tab and,
 * for Xerte page links, the page id. Stock TipTap adds `rel` and `class`, which would let
 * imported HTML smuggle arbitrary values into the document; `rel` is derived on output instead.
 */
const SamenwijsLink = Link.extend({
  addAttributes() {
    return {
      href: { default: null },
      target: { default: null },
      pageLink: {
        default: null,
        parseHTML: (element: DomElement) => element.getAttribute('data-page-link'),
        renderHTML: (attributes: Record<string, unknown>) =>
          attributes.pageLink ? { 'data-page-link': attributes.pageLink } : {},
      },
    };
  },
}).configure({
  openOnClick: false,
  autolink: false,
  linkOnPaste: true,
  HTMLAttributes: { rel: null, class: null },
  // The editor applies the same URL policy as the sanitiser.
  isAllowedUri: (url) => url !== undefined && isSafeLinkUrl(url),
});

/**
 * An embedded video player (`<iframe>`), only for the hosts in `VIDEO_HOSTS`: Xerte text pages
 * carry YouTube and Vimeo embeds, and any other frame could load an arbitrary page.
 */
export const VideoEmbed = Node.create({
  name: 'videoEmbed',
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes() {
    return {
      src: { default: null },
      width: { default: null },
      height: { default: null },
      title: { default: null },
    };
  },
  parseHTML() {
    return [
      {
        tag: 'iframe[src]',
        getAttrs: (element: DomElement) => (isAllowedVideoSrc(element.getAttribute('src') ?? '') ? null : false),
      },
    ];
  },
  renderHTML({ HTMLAttributes }) {
    // The live document may hold any src (a client can write the Yjs shape directly, past
    // parseHTML): only an allowed video host is ever framed.
    const { src, ...rest } = HTMLAttributes as { src?: unknown };
    if (typeof src !== 'string' || !isAllowedVideoSrc(src)) return ['span', { 'data-video-blocked': 'true' }];
    return ['iframe', mergeAttributes(rest, { src, frameborder: '0', allowfullscreen: 'true' })];
  },
});

/**
 * Image, inline because CKEditor puts images inside text. A link around an image is the
 * image's `link` attribute (`{ href, target, pageLink }`, as the link mark's), not a mark:
 * y-prosemirror stores marks on text only, so a link mark on an image would vanish in Yjs.
 * For the same reason inline nodes other than text never carry marks in our documents.
 */
const SamenwijsImage = Image.extend({
  addAttributes() {
    return { ...this.parent?.(), link: { default: null, rendered: false } };
  },
}).configure({ inline: true, allowBase64: true });

/**
 * Every extension that shapes the document. Behaviour-only extensions (history, drop cursor,
 * trailing paragraph) are left out: the web editor adds its own, and collaboration brings its
 * own undo manager.
 */
export const editorExtensions: AnyExtension[] = [
  StarterKit.configure({
    link: false,
    undoRedo: false,
    dropcursor: false,
    gapcursor: false,
    trailingNode: false,
    heading: { levels: [1, 2, 3, 4, 5, 6] },
  }),
  SamenwijsLink,
  Subscript,
  Superscript,
  TextAlign.configure({ types: ['heading', 'paragraph'], alignments: [...TEXT_ALIGNMENTS] }),
  SamenwijsImage,
  Table.configure({ resizable: false }),
  TableRow,
  TableHeader,
  TableCell,
  VideoEmbed,
];

export const editorSchema: Schema = getSchema(editorExtensions);
