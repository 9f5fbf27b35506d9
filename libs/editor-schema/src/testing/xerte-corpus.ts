import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';

/**
 * The real Xerte projects shared by the team (read-only fixtures, see SOURCES.md there), in
 * `../shared/fixtures/xerte` beside the repository. Not part of the repository: the corpus
 * tests run where it exists, and REQUIRE_CORPUS=1 makes its absence a failure.
 */
export const CORPUS_DIR = join(__dirname, '..', '..', '..', '..', '..', 'shared', 'fixtures', 'xerte');
export const hasCorpus = existsSync(CORPUS_DIR);


export interface CorpusRichText {
  file: string;
  /** `element@attribute` or `element#cdata`. */
  field: string;
  html: string;
}

/** Every HTML-looking value in a project: CDATA bodies and attributes holding markup, XML-decoded. */
export function corpusRichTexts(file: string): CorpusRichText[] {
  const texts: CorpusRichText[] = [];
  const stack: string[] = [];
  let cdata: string | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        stack.push(name);
        for (const [attribute, value] of Object.entries(attributes)) {
          if (/<[a-z!/]/i.test(value)) texts.push({ file, field: `${name}@${attribute}`, html: value });
        }
      },
      onclosetag() {
        stack.pop();
      },
      oncdatastart() {
        cdata = '';
      },
      ontext(text) {
        if (cdata !== null) cdata += text;
      },
      oncdataend() {
        if (cdata && cdata.trim()) texts.push({ file, field: `${stack[stack.length - 1]}#cdata`, html: cdata });
        cdata = null;
      },
    },
    { xmlMode: true, recognizeCDATA: true, decodeEntities: true },
  );
  parser.end(readFileSync(join(CORPUS_DIR, file), 'utf8'));
  return texts;
}

export function corpusFiles(): string[] {
  return readdirSync(CORPUS_DIR).filter((name) => name.endsWith('.xml')).sort();
}
