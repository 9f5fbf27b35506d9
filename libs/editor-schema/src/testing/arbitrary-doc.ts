import type { Mark } from '@tiptap/pm/model';
import fc from 'fast-check';
import type { DocJson, EditorMarkJson, EditorNodeJson } from '../doc-json';
import { editorSchema } from '../extensions';

/**
 * Random valid documents of the editor schema in canonical form (the form `htmlToDoc` gives):
 * text has no leading, trailing or double spaces, adjacent runs with equal marks are merged.
 */
export function arbitraryDoc(): fc.Arbitrary<DocJson> {
  return fc.array(block(3), { minLength: 1, maxLength: 6 }).map((content) => ({ type: 'doc', content }));
}

const CHARS = ['a', 'b', 'Z', 'é', 'ß', '1', '<', '>', '&', '"', "'", '=', '/', '\u00a0', '€', '😀', ';', '#'];
const word = fc.string({ unit: fc.constantFrom(...CHARS), minLength: 1, maxLength: 6 });
/** Words joined by single spaces. */
const phrase = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
const align = fc.constantFrom(null, 'left', 'center', 'right', 'justify');

const link = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('https://example.org/a?b=1&c=2', 'media/doc.pdf', 'mailto:a@b.nl', 'tel:+3120', '#top', 'page.html#x'),
      fc.constantFrom(null, '_blank'),
    )
    .map(([href, target]) => ({ href, target, pageLink: null })),
  fc.constantFrom('PG1', 'PG1504700671404').map((id) => ({ href: `#${id}`, target: null, pageLink: id })),
);

/** A mark set the schema allows, in schema order (code excludes everything; sub and sup exclude each other). */
const marks: fc.Arbitrary<EditorMarkJson[]> = fc
  .record({
    names: fc.subarray(['bold', 'italic', 'underline', 'strike', 'subscript', 'superscript', 'code']),
    link: fc.option(link, { nil: undefined }),
  })
  .map(({ names, link: linkAttrs }) => {
    let set: readonly Mark[] = [];
    for (const name of names) set = editorSchema.marks[name].create().addToSet(set);
    if (linkAttrs) set = editorSchema.marks.link.create(linkAttrs).addToSet(set);
    return set.map((mark) => mark.toJSON() as EditorMarkJson);
  });

// Plain objects (fc.record makes prototype-less ones, which Yjs refuses as attribute values).
const image = fc.record({
  src: fc.constantFrom('media/photo.jpg', 'media/a%201.png', 'https://example.org/b.gif', 'data:image/png;base64,iVBORw0KGgo='),
  alt: fc.constantFrom(null, '', 'A "photo" & <more>'),
  title: fc.constantFrom(null, 'Title'),
  width: fc.constantFrom(null, '300', '50%'),
  height: fc.constantFrom(null, '200'),
  link: fc.option(link, { nil: null }),
}).map((attrs) => ({ ...attrs }));

type Inline = { kind: 'text'; text: string; marks: EditorMarkJson[] } | { kind: 'break' | 'image'; node: EditorNodeJson };

const inlineItem: fc.Arbitrary<Inline> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('text' as const), text: phrase, marks }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'break' as const, node: { type: 'hardBreak' } }) },
  { weight: 1, arbitrary: image.map((attrs) => ({ kind: 'image' as const, node: { type: 'image', attrs } })) },
);

/** Inline content: a space may separate a text from the text or image before it; equal runs merge. */
const inlineContent: fc.Arbitrary<EditorNodeJson[]> = fc
  .array(fc.tuple(inlineItem, fc.boolean()), { maxLength: 6 })
  .map((items) => {
    const nodes: EditorNodeJson[] = [];
    let previous: Inline | null = null;
    for (const [item, spaced] of items) {
      if (item.kind !== 'text') {
        nodes.push(item.node);
      } else {
        const text = spaced && previous && previous.kind !== 'break' ? ` ${item.text}` : item.text;
        const last = nodes[nodes.length - 1];
        if (last?.type === 'text' && JSON.stringify(last.marks ?? []) === JSON.stringify(item.marks)) last.text += text;
        else nodes.push(withMarks({ type: 'text', text }, item.marks));
      }
      previous = item;
    }
    return nodes;
  });

function withMarks(node: EditorNodeJson, marks: EditorMarkJson[]): EditorNodeJson {
  return marks.length > 0 ? { ...node, marks } : node;
}

function withContent(node: EditorNodeJson, content: EditorNodeJson[]): EditorNodeJson {
  return content.length > 0 ? { ...node, content } : node;
}

const paragraph = fc.tuple(align, inlineContent).map(([textAlign, content]) => withContent({ type: 'paragraph', attrs: { textAlign } }, content));

function block(depth: number): fc.Arbitrary<EditorNodeJson> {
  const leaves: fc.Arbitrary<EditorNodeJson>[] = [
    paragraph,
    fc.tuple(fc.integer({ min: 1, max: 6 }), align, inlineContent).map(([level, textAlign, content]) =>
      withContent({ type: 'heading', attrs: { level, textAlign } }, content),
    ),
    fc.tuple(fc.constantFrom(null, 'js', 'c++'), fc.string({ unit: fc.constantFrom('a', ' ', '\n', '<', '&', '\t', 'é'), maxLength: 20 })).map(
      ([language, text]) => withContent({ type: 'codeBlock', attrs: { language } }, text ? [{ type: 'text', text }] : []),
    ),
    fc.constant({ type: 'horizontalRule' }),
    fc.record({
      src: fc.constantFrom('https://www.youtube.com/embed/abc', 'https://player.vimeo.com/video/1?h=2&x=y'),
      width: fc.constantFrom(null, '560'),
      height: fc.constantFrom(null, '315'),
      title: fc.constantFrom(null, 'Video "one"'),
    }).map((attrs) => ({ type: 'videoEmbed', attrs })),
  ];
  if (depth === 0) return fc.oneof(...leaves);
  const inner = fc.array(block(depth - 1), { minLength: 1, maxLength: 3 });
  const listItem = fc.tuple(paragraph, fc.array(block(depth - 1), { maxLength: 2 })).map(([first, rest]) => ({
    type: 'listItem',
    content: [first, ...rest],
  }));
  const cell = fc.tuple(fc.constantFrom('tableCell', 'tableHeader'), fc.integer({ min: 1, max: 2 }), fc.boolean(), fc.constantFrom(null, 'left', 'center', 'right'), inner).map(
    ([type, colspan, widths, cellAlign, content]) => ({
      type,
      attrs: { colspan, rowspan: 1, colwidth: widths ? Array.from({ length: colspan }, (_, i) => 100 + i) : null, align: cellAlign },
      content,
    }),
  );
  return fc.oneof(
    { weight: 5, arbitrary: fc.oneof(...leaves) },
    { weight: 1, arbitrary: inner.map((content) => ({ type: 'blockquote', content })) },
    { weight: 1, arbitrary: fc.array(listItem, { minLength: 1, maxLength: 3 }).map((content) => ({ type: 'bulletList', content })) },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.constantFrom(1, 0, 3), fc.constantFrom(null, 'a', 'I'), fc.array(listItem, { minLength: 1, maxLength: 3 })).map(
        ([start, type, content]) => ({ type: 'orderedList', attrs: { start, type }, content }),
      ),
    },
    {
      weight: 1,
      arbitrary: fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }).map((rows) => ({
        type: 'table',
        content: rows.map((content) => ({ type: 'tableRow', content })),
      })),
    },
  );
}
