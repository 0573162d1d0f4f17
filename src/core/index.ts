/** The answering core: one entry point (`createGuide(kb).ask`) and the types adapters speak. */
export { createGuide, type GuideOptions } from './guide.js';
export { EXAMPLE_QUESTIONS } from './messages.js';
export { warmUp } from './understand/classifiers.js';
export type * from './types.js';
