/**
 * Xerte Online Toolkits projects (`data.xml`/`template.xml`, export zips) ⇄ the module JSON of
 * `@samenwijs/module-model`. Framework-free; used by the API's import/export routes and the CLI.
 */
export { XERTE_ERROR_CODES, XerteImportError, isXerteImportError, type XerteErrorCode } from './errors';
export { DEFAULT_XML_LIMITS, parseXml, decodeXmlBytes, type XmlChild, type XmlDocument, type XmlElement, type XmlLimits, type XmlRepairs, type XmlText } from './xml/parser';
export { cdata, escapeAttribute, htmlCdata } from './xml/serialize';
export { importXerte, isLegacyProject, legacyLineBreaks, type DroppedAttribute, type ExpectedChange, type FieldRemoval, type ImportOptions, type ImportReport, type ImportResult } from './import';
export { exportXerte, type ExportOptions, type ExportReport, type ExportResult } from './export';
export { compareXml, elementText, type CompareOptions, type Difference, type DifferenceKind } from './compare';
export { canonicalHtml } from './html/canonical';
export { exportIdioms, importIdioms, MEDIA_EXPRESSION, NAVIGATE_HANDLER, isSafeMediaPath } from './html/idioms';
export { checkMediaValue } from './media';
export { DEFAULT_ZIP_LIMITS, readXerteProject, unsafeEntryName, type MediaEntry, type XerteProjectSource, type ZipLimits } from './zip';
export { checkSource, checkXerteProject, explainDifferences, type CheckOptions, type CheckReport, type CheckResult } from './check';
export { parseModuleJson } from './module-json';
export { defaultSchema } from './registry';
export { buildSchema, EMPTY_SCHEMA, type NodeShape, type XerteSchema } from './schema';
export { EDITOR_SANITIZERS, type HtmlSanitizers } from './sanitizers';
