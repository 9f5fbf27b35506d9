import type { Node as PMNode, NodeType } from '@tiptap/pm/model';
import { editorSchema, type TextAlignment } from './extensions';

const { nodes } = editorSchema;

/** A textblock type with attributes, for wrapping runs of inline content. */
export interface Wrapper {
  type: NodeType;
  attrs: Record<string, unknown>;
}

/** Collects the blocks of one container, wrapping runs of inline content in textblocks. */
export class BlockBuilder {
  readonly blocks: PMNode[] = [];
  private inline: PMNode[] = [];
  private wrapper: Wrapper;

  constructor(align: TextAlignment | null) {
    this.wrapper = { type: nodes.paragraph, attrs: { textAlign: align } };
  }

  addInline(node: PMNode): void {
    this.inline.push(node);
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
 * Two linear passes (leading spaces forwards, trailing spaces backwards), then a merge.
 */
function normaliseInline(inline: PMNode[]): PMNode[] {
  type Item = { node: PMNode; text: string | null };
  const isBreak = (item: Item | undefined) => item?.node.type === nodes.hardBreak;
  const forward: Item[] = [];
  for (const node of inline) {
    if (!node.isText) {
      forward.push({ node, text: null });
      continue;
    }
    let text = node.text!.replace(/[ \t\n\r\f]+/g, ' ');
    const before = forward[forward.length - 1];
    if (text.startsWith(' ') && (!before || isBreak(before) || (before.text?.endsWith(' ') ?? false))) text = text.slice(1);
    if (text) forward.push({ node, text });
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
    if (item.text !== null && last?.text != null && last.node.sameMarkup(item.node)) last.text += item.text;
    else merged.push({ ...item });
  }
  return merged.map(({ node, text }) => (text === null ? node : editorSchema.text(text, node.marks)));
}
