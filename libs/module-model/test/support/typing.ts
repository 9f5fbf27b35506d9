import * as Y from 'yjs';

/**
 * Appends words to a rich-text field as the editor binding does: a text insert at the end of
 * the fragment's first paragraph (created if missing), not a rewrite of the field. Pass the
 * fragment the editor was bound to, to model an editor that keeps typing into it.
 */
export function typeInto(fragment: Y.XmlFragment, words: string): void {
  fragment.doc!.transact(() => {
    let paragraph = fragment.get(0) as Y.XmlElement | undefined;
    if (!(paragraph instanceof Y.XmlElement)) {
      paragraph = new Y.XmlElement('paragraph');
      fragment.insert(0, [paragraph]);
    }
    let run = paragraph.get(0) as Y.XmlText | undefined;
    if (!(run instanceof Y.XmlText)) {
      run = new Y.XmlText();
      paragraph.insert(0, [run]);
    }
    run.insert(run.length, words);
  });
}
