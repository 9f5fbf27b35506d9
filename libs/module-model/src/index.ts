export * from './module-json';
export * from './registry-types';
export * from './registry';
export * from './limits';
export * from './text';
export * from './doc';
export { renderModule, renderPage, PAGE_RENDERERS, type PageRenderer, type RenderOptions } from './render';
export { SAMPLE_NODES, sampleModule } from './samples';
export { diffModules, diffWords, type ModuleDiff, type PageChange, type FieldChange, type TextChange, type PageRef } from './diff/diff';
