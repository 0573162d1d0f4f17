/** The answering core: one entry point (`createGuide(kb).ask`) and the types adapters speak. */
export { createGuide, type GuideOptions } from './guide.js';
export type * from './types.js';
