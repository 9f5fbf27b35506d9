export * from './keys';
export * from './nodes';
export { LINK_ID_PATTERN, newLinkId } from './ids';
export { checkModuleLimits, docToModule, hasLegacyContent, moduleToDoc, nodeToJson, upgradeModuleDoc } from './convert';
export { canonicalHtml, readDocJson, readHtml, writeDocJson, writeHtml } from './rich-text';
export { ATTRIBUTE_NAME, isMediaReference, MEDIA_EXPRESSION, validateFieldValue } from './validate';
export * from './operations';
export { FIELD_MERGE_ORIGIN, mergeConcurrentFieldEdits, mergeText } from './concurrent-fields';
