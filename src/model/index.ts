// The typed model shared by every stage of the pipeline: load → check → report / emit.
// Types and format constants only: nothing here imports from another src folder.
export * from './catalogue.js';
export * from './finding.js';
export * from './source.js';
export * from './json-pointer.js';
export * from './diff.js';
