/** Types for bin/source-digest.js (plain JavaScript, so the launcher needs no build step). */
export declare const STAMP: string;
export declare function sourceDigests(root: string): Record<string, string>;
export declare function firstChange(saved: Record<string, string>, current: Record<string, string>): string | undefined;
