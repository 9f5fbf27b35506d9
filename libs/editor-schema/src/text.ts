import type { Node as PMNode } from '@tiptap/pm/model';
import type { DocJson } from './doc-json';
import { editorSchema } from './extensions';

/**
 * Plain text for search indexing and titles: one line per textblock, line breaks kept, table
 * cells separated by tabs; images, videos and rules contribute nothing.
 */
export function docToText(doc: DocJson): string {
  const lines: string[] = [];
  collect(editorSchema.nodeFromJSON(doc), lines);
  return lines
    .map((line) => line.replace(/\u00a0/g, ' ').replace(/[ \t]+$/g, ''))
    .filter((line) => line.trim() !== '')
    .join('\n')
    .trim();
}

function collect(node: PMNode, lines: string[]): void {
  if (node.isTextblock) {
    lines.push(inlineText(node));
  } else if (node.type.name === 'tableRow') {
    const cells: string[] = [];
    node.forEach((cell) => {
      const cellLines: string[] = [];
      collect(cell, cellLines);
      cells.push(cellLines.filter((l) => l.trim()).join(' '));
    });
    lines.push(cells.join('\t'));
  } else {
    node.forEach((child) => collect(child, lines));
  }
}

function inlineText(node: PMNode): string {
  let text = '';
  node.forEach((child) => {
    if (child.isText) text += child.text;
    else if (child.type.name === 'hardBreak') text += '\n';
  });
  return text;
}

/** True when the document shows nothing: no visible text, image, video or rule. */
export function isEmptyDoc(doc: DocJson): boolean {
  let empty = true;
  editorSchema.nodeFromJSON(doc).descendants((node) => {
    if (!empty) return false;
    if (node.isText ? /[^\s\u00a0]/.test(node.text!) : node.isAtom && node.type.name !== 'hardBreak') empty = false;
    return empty;
  });
  return empty;
}
