import * as Y from 'yjs';

/**
 * Many loads of a small document rather than a few of a large one: V8 optimises a loop after
 * enough iterations whatever the document, and each turn stays short. Measured on this 2-core
 * box against a 30k-edit document loaded afterwards: 10k edits × 8 loads blocked the loop up to
 * 74–256 ms and did not speed that load up (103–142 ms against 118–131 ms without warm-up);
 * 3k edits × 25 loads blocks at most 22–31 ms, takes ~0.4 s, and the load then takes 60–80 ms.
 */
export const WARM_UP = {
  /** Edits in the generated document. */
  edits: 3_000,
  /** Edits per turn of the event loop while generating it. */
  editsPerTurn: 300,
  /** Times its encoding is loaded and encoded again, each in its own turn. */
  loads: 25,
} as const;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs Yjs's load and encode paths on a generated document of realistic shape before the first
 * client does. In a fresh process that code is not optimised yet: loading a book-length
 * document then takes about twice as long as in a warm one. The work is split into turns of a
 * few tens of milliseconds, so an early client waits for one turn at most, not for the whole.
 */
export async function warmUpYjs(stopped: () => boolean = () => false, settings: { edits: number; editsPerTurn: number; loads: number } = WARM_UP): Promise<void> {
  const source = new Y.Doc();
  const editor = new ScatteredEditor(source);
  for (let done = 0; done < settings.edits; done += settings.editsPerTurn) {
    editor.edit(Math.min(settings.editsPerTurn, settings.edits - done));
    await nextTurn();
    if (stopped()) return source.destroy();
  }
  const update = Y.encodeStateAsUpdate(source);
  source.destroy();
  for (let i = 0; i < settings.loads; i++) {
    await nextTurn();
    if (stopped()) return;
    const doc = new Y.Doc();
    Y.applyUpdate(doc, update);
    Y.encodeStateAsUpdate(doc);
    Y.encodeStateVector(doc);
    doc.destroy();
  }
}

/**
 * Types like a person: runs of single characters at a cursor that jumps now and then, a
 * deletion every fifth keystroke, and now and then a map entry, an array item and a paragraph
 * in an XML fragment (the shapes our editor stores). Deterministic, so every start does the same.
 */
class ScatteredEditor {
  private readonly text: Y.Text;
  private readonly map: Y.Map<unknown>;
  private readonly array: Y.Array<number>;
  private readonly xml: Y.XmlFragment;
  private cursor = 0;
  private seed = 7;
  private count = 0;

  constructor(doc: Y.Doc) {
    this.text = doc.getText('text');
    this.map = doc.getMap('map');
    this.array = doc.getArray('array');
    this.xml = doc.getXmlFragment('xml');
  }

  edit(n: number): void {
    for (let i = 0; i < n; i++, this.count++) {
      if (this.count % 64 === 0) this.cursor = this.random(this.text.length + 1);
      if (this.count % 5 === 4 && this.cursor > 0) this.text.delete(--this.cursor, 1);
      else this.text.insert(this.cursor++, 'abcdefgh'[this.count % 8]);
      if (this.count % 100 === 0) this.structure();
    }
  }

  private structure(): void {
    this.map.set(`k${this.count % 7}`, { n: this.count });
    this.array.push([this.count]);
    if (this.array.length > 3) this.array.delete(0, 1);
    const paragraph = new Y.XmlElement('p');
    paragraph.setAttribute('class', 'lead');
    paragraph.insert(0, [new Y.XmlText(`p${this.count}`)]);
    this.xml.insert(this.xml.length, [paragraph]);
  }

  /** A small deterministic generator (Park–Miller). */
  private random(below: number): number {
    this.seed = (this.seed * 16807) % 2147483647;
    return this.seed % below;
  }
}
