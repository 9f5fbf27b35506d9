/**
 * The real corpus (shared/fixtures/xerte, see SOURCES.md there): every file is parsed, turned
 * into a module and back, and compared canonically with the original. The ONE table below
 * lists every difference allowed, with its reason; any other difference fails. The files are
 * read where they are (never copied into the project); the leg is skipped where the folder is
 * absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { getAttribute, renderModule, type NodeJson } from '@samenwijs/module-model';
import { checkSource, compareXml, exportXerte, importXerte, type DifferenceKind } from '../src';

const CORPUS = path.join(__dirname, '../../../../shared/fixtures/xerte');
const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.xml')).sort() : [];

interface Allowed {
  path: string;
  kind: DifferenceKind;
  /** Why the export differs here. */
  why: string;
}

/** Every difference the round trip may show, per file (by its number); nothing else is allowed. */
const ALLOWED_DIFFERENCES: Record<string, Allowed[]> = {
  // text[1] holds pseudo-code typed as tags (`<nome_da_variável> = <expressão>`): safeOriginalHtml writes such element names back as they were read.
  '04': [{ path: '/learningObject/text[2]/text()', kind: 'text-changed', why: 'security: a <style> element inside page HTML (CSS injection) is removed' }],
  '06': [{ path: '/learningObject/text[2]/text()', kind: 'text-changed', why: 'security: a <style> element inside page HTML (CSS injection) is removed' }],
  '12': [
    {
      path: '/learningObject@editorVersion',
      kind: 'attribute-added',
      why: 'the export is always Xerte 3 (editorVersion="3"); this 2015 file has none (its only text is an empty CDATA, so no line breaks change)',
    },
  ],
};

/** Pages per file, counted independently (Python ElementTree over /learningObject/* and chapter/*). */
const PAGE_COUNTS: Record<string, number> = { '01': 18, '02': 7, '03': 7, '04': 33, '06': 20, '07': 9, '09': 1, '10': 14, '11': 0, '12': 1 };

/**
 * Page types (and sub-elements) the registry does not declare, kept verbatim and not editable,
 * per file. None any more: `morphImages` (02), `textHighlight` and `wordsearch` (03) and `grid`
 * (06) are declared. A file not listed has none.
 */
const UNKNOWN_PAGE_TYPES: Record<string, string[]> = {};
const UNKNOWN_ELEMENTS: Record<string, Record<string, number>> = {};

const pagesOfType = (pages: NodeJson[], type: string): NodeJson[] => pages.flatMap((p) => (p.type === 'chapter' ? p.children : [p])).filter((p) => p.type === type);

// The corpus is shared data beside the repository (../shared/fixtures/xerte), present in CI.
// Without it this leg has nothing to run; REQUIRE_CORPUS=1 turns that into a failure.
if (files.length === 0) {
  describe('the real Xerte corpus', () => {
    it('is present when REQUIRE_CORPUS=1', () => {
      expect(process.env.REQUIRE_CORPUS).not.toBe('1');
    });
  });
} else describe('the real Xerte corpus round-trips', () => {
  it('has every file the table speaks of', () => {
    const numbers = files.map((f) => f.slice(0, 2));
    for (const n of [...Object.keys(ALLOWED_DIFFERENCES), ...Object.keys(PAGE_COUNTS)]) expect(numbers).toContain(n);
  });

  describe.each(files)('%s', (file) => {
    const n = file.slice(0, 2);
    const bytes = readFileSync(path.join(CORPUS, file));
    const result = checkSource({ kind: 'xml', xmlName: file, xml: bytes, media: [], hasPreview: false });

    it('XML → module → XML equals the original, except for the listed differences', () => {
      const found = result.report.differences.map((d) => ({ path: d.path, kind: d.kind }));
      const allowed = (ALLOWED_DIFFERENCES[n] ?? []).map(({ path: p, kind }) => ({ path: p, kind }));
      expect(found).toEqual(allowed);
      expect(result.report.lossless).toBe(allowed.length === 0);
    });

    it('the importer itself explains every difference it caused', () => {
      for (const difference of result.report.differences) expect(difference.reason).toEqual(expect.any(String));
    });

    it('counts the pages', () => {
      expect(result.report.pageCount).toBe(PAGE_COUNTS[n]);
    });

    it('knows every page type and sub-element (nothing kept verbatim), and renders every page', () => {
      expect(result.report.unknownPageTypes).toEqual(UNKNOWN_PAGE_TYPES[n] ?? []);
      expect({ ...result.importReport.unknownElements }).toEqual(UNKNOWN_ELEMENTS[n] ?? {});
      const html = renderModule(result.module, { includeHidden: true });
      if (!UNKNOWN_PAGE_TYPES[n]) expect(html).not.toContain('sw-page-unknown');
      expect(html).not.toMatch(/<script|<style|\son[a-z]+\s*=|javascript:/i);
    });

    it('module → XML → module is the identity, and the exported XML is stable', () => {
      const again = importXerte(result.exportedXml);
      expect(again.module).toEqual(result.module);
      const { xml } = exportXerte(again.module);
      expect(xml).toBe(result.exportedXml);
      expect(compareXml(result.exportedXml, xml)).toEqual([]);
    });

    it('writes Xerte’s own form', () => {
      expect(result.exportedXml.startsWith('<?xml version="1.0"?>\n<learningObject ')).toBe(true);
      expect(result.exportedXml).toMatch(/^<\?xml version="1.0"\?>\n<learningObject [^>]*editorVersion="3"/);
      expect(result.exportedXml).toMatch(/^<\?xml version="1.0"\?>\n<learningObject [^>]*targetFolder="Nottingham"/);
    });
  });

  // The page types declared from this corpus arrive as editable content, sub-items as their parent declares them.
  const imported = (n: string): NodeJson[] => {
    const file = files.find((f) => f.startsWith(n));
    return file ? importXerte(readFileSync(path.join(CORPUS, file))).module.pages : [];
  };

  it('02: morphImages, its text as rich text and its hotspot as the zoom region (geometry only)', () => {
    const pages = pagesOfType(imported('02'), 'morphImages');
    expect(pages).toHaveLength(4);
    for (const page of pages) {
      expect(Object.keys(page.richText ?? {})).toEqual(['text']);
      expect(getAttribute(page, 'url')).toMatch(/^FileLocation \+ 'media\/.+'$/);
      expect(getAttribute(page, 'url2')).toMatch(/^FileLocation \+ 'media\/.+'$/);
      expect(page.children.map((c) => c.type)).toEqual(['hotspot']);
      const zoom = page.children[0];
      expect(zoom.attributes.map(([name]) => name)).toEqual(['linkID', 'name', 'x', 'y', 'w', 'h']);
      expect(zoom.richText).toBeUndefined();
    }
  });

  it('03: textHighlight texts as rich text; wordsearch words one per line', () => {
    const [highlight] = pagesOfType(imported('03'), 'textHighlight');
    expect(Object.keys(highlight.richText ?? {}).sort()).toEqual(['initialText', 'suggestedText', 'text']);
    expect(getAttribute(highlight, 'mode')).toBe('Highlight');
    const [wordsearch] = pagesOfType(imported('03'), 'wordsearch');
    expect(getAttribute(wordsearch, 'words')?.split('\n')).toHaveLength(15);
    expect(Object.keys(wordsearch.richText ?? {})).toEqual(['text']);
  });

  it('06: grid text and feedback as rich text, its DataGrid kept as Xerte wrote it', () => {
    const grids = pagesOfType(imported('06'), 'grid');
    expect(grids).toHaveLength(2);
    for (const grid of grids) {
      expect(Object.keys(grid.richText ?? {}).sort()).toEqual(['feedback', 'text']);
      expect(getAttribute(grid, 'data')).toContain('|');
      expect(getAttribute(grid, 'style')).toBe('row');
    }
  });
});
