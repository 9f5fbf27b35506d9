import type { ModuleJson } from '@samenwijs/module-model';
import { compareXml, type Difference } from './compare';
import { exportXerte, type ExportOptions } from './export';
import { importXerte, type ImportOptions, type ImportReport } from './import';
import { parseXml } from './xml/parser';
import { readXerteProject, type XerteProjectSource, type ZipLimits } from './zip';

/**
 * The round-trip check behind `samenwijs xerte check`: read a project, convert it to a module
 * and back, and compare the result with the input canonically. `lossless` is true only when
 * there is no difference at all; every difference the importer caused on purpose (a security
 * removal, a normalisation) carries its reason.
 */
export interface CheckReport {
  source: 'zip' | 'xml';
  /** `template.xml` / `data.xml` inside a zip, or the XML file's name. */
  xmlName: string;
  pageCount: number;
  chapterCount: number;
  pageTypes: Record<string, number>;
  unknownPageTypes: string[];
  lossless: boolean;
  differences: Difference[];
  /** Totals of what the sanitisers removed: `security` changes the export, `editor` only the editor view. */
  sanitised: { security: Record<string, number>; securityFields: number; editor: Record<string, number>; droppedAttributes: number };
  repairs: Record<string, number>;
  media: { files: number; bytes: number };
}

export interface CheckResult {
  report: CheckReport;
  module: ModuleJson;
  importReport: ImportReport;
  exportedXml: string;
}

export interface CheckOptions extends ImportOptions, ExportOptions {
  zipLimits?: Partial<ZipLimits>;
  maxDifferences?: number;
}

/** Gives each difference the importer's reason for it, when the importer caused it on purpose. */
export function explainDifferences(differences: Difference[], report: Pick<ImportReport, 'changes'>): Difference[] {
  const reasons = new Map(report.changes.map((change) => [change.path, change.reason]));
  for (const difference of differences) {
    const reason = reasons.get(difference.path);
    if (reason) difference.reason = reason;
  }
  return differences;
}

/** Checks an already-read project source. */
export function checkSource(source: XerteProjectSource, options: CheckOptions = {}): CheckResult {
  const document = parseXml(source.xml, options.limits);
  const { module, report: importReport } = importXerte(document, options);
  const { xml: exportedXml } = exportXerte(module, options);
  const differences = compareXml(document.root, exportedXml, {
    schema: options.schema,
    maxDifferences: options.maxDifferences,
  });
  explainDifferences(differences, importReport);
  const security: Record<string, number> = Object.create(null);
  for (const field of importReport.security) for (const r of field.removed) security[r.what] = (security[r.what] ?? 0) + r.count;
  for (const dropped of importReport.droppedAttributes) security[`attribute ${dropped.attribute}`] = (security[`attribute ${dropped.attribute}`] ?? 0) + 1;
  const editor: Record<string, number> = Object.create(null);
  for (const page of importReport.editor) for (const [what, count] of Object.entries(page.removed)) editor[what] = (editor[what] ?? 0) + count;
  return {
    module,
    importReport,
    exportedXml,
    report: {
      source: source.kind,
      xmlName: source.xmlName,
      pageCount: importReport.pageCount,
      chapterCount: importReport.chapterCount,
      pageTypes: importReport.pageTypes,
      unknownPageTypes: importReport.unknownPageTypes,
      lossless: differences.length === 0,
      differences,
      sanitised: { security, securityFields: importReport.security.length, editor, droppedAttributes: importReport.droppedAttributes.length },
      repairs: importReport.repairs,
      media: { files: source.media.length, bytes: source.media.reduce((sum, m) => sum + m.size, 0) },
    },
  };
}

/** Reads a zip, `template.xml` or `data.xml` (path or bytes) and checks it. */
export async function checkXerteProject(input: string | Uint8Array, options: CheckOptions = {}): Promise<CheckResult> {
  const source = await readXerteProject(input, options.zipLimits);
  return checkSource(source, options);
}
