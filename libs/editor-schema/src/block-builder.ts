import { Mark, type Node as PMNode, type NodeType } from '@tiptap/pm/model';
import { editorSchema, type TextAlignment } from './extensions';

const { nodes } = editorSchema;

/** A textblock type with attributes, for wrapping runs of inline content. */
export interface Wrapper {
  type: NodeType;
  attrs: Record<string, unknown>;
}

/**
 * Inline content waiting for its textblock: a node, or text that becomes a text node only once
 * its whitespace is settled (ProseMirror's text nodes are costly to construct, so each is made once).
 */
type Inline = { node: PMNode; text?: undefined } | { node?: undefined; text: string; marks: readonly Mark[] };

/** Collects the blocks of one container, wrapping runs of inline content in textblocks. */
export class BlockBuilder {
  readonly blocks: PMNode[] = [];
  private inline: Inline[] = [];
  private wrapper: Wrapper;

  constructor(align: TextAlignment | null) {
    this.wrapper = { type: nodes.paragraph, attrs: { textAlign: align } };
  }

  /** An inline node other than text. */
  addInline(node: PMNode): void {
    this.inline.push({ node });
  }

  addText(text: string, marks: readonly Mark[]): void {
    if (text) this.inline.push({ text, marks });
  }

  addBlock(node: PMNode): void {
    this.flush(false);
    this.blocks.push(node);
  }

  /** Ends the current inline run; `force` keeps an empty textblock (`<p></p>`). */
  flush(force: boolean): void {
    const content = normaliseInline(this.inline);
    this.inline = [];
    if (content.length > 0 || force) this.blocks.push(this.wrapper.type.create(this.wrapper.attrs, content));
  }

  /** Runs `body` with inline content going into textblocks of the given kind. */
  within(wrapper: Wrapper, forceOne: boolean, body: () => void): void {
    this.flush(false);
    const saved = this.wrapper;
    const before = this.blocks.length;
    this.wrapper = wrapper;
    body();
    this.flush(forceOne && this.blocks.length === before);
    this.wrapper = saved;
  }

  get currentWrapper(): Wrapper {
    return this.wrapper;
  }
}

/**
 * HTML whitespace rules for one textblock: runs collapse to one space, and spaces at the
 * start and end of the block and next to a line break are not shown, so they are not kept.
 * Two linear passes (leading spaces forwards, trailing spaces backwards), then a merge of
 * neighbouring text with the same marks into one text node.
 */
function normaliseInline(inline: Inline[]): PMNode[] {
  type Item = { node: PMNode; text: null } | { node: null; text: string; marks: readonly Mark[] };
  const isBreak = (item: Item | undefined) => item?.node?.type === nodes.hardBreak;
  const forward: Item[] = [];
  for (const entry of inline) {
    if (entry.node) {
      forward.push({ node: entry.node, text: null });
      continue;
    }
    let text = entry.text.replace(/[ \t\n\r\f]+/g, ' ');
    const before = forward[forward.length - 1];
    if (text.startsWith(' ') && (!before || isBreak(before) || (before.text?.endsWith(' ') ?? false))) text = text.slice(1);
    if (text) forward.push({ node: null, text, marks: entry.marks });
  }
  const backward: Item[] = [];
  for (let i = forward.length - 1; i >= 0; i--) {
    const item = forward[i];
    const after = backward[backward.length - 1];
    if (item.text !== null && item.text.endsWith(' ') && (!after || isBreak(after))) item.text = item.text.slice(0, -1);
    if (item.text !== '') backward.push(item);
  }
  const merged: Item[] = [];
  for (let i = backward.length - 1; i >= 0; i--) {
    const item = backward[i];
    const last = merged[merged.length - 1];
    if (item.text !== null && last?.text != null && Mark.sameSet(last.marks, item.marks)) last.text += item.text;
    else merged.push({ ...item });
  }
  return merged.map((item) => (item.text === null ? item.node : editorSchema.text(item.text, item.marks)));
}
