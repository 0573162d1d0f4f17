/**
 * The question is read once: only src/core/understand/ reads its wording into a typed value, the
 * guide calls understand() once per turn, and the old chain of regular expressions is gone.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const core = join(import.meta.dirname, '..', '..', 'src', 'core');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The readers that turn a question's wording into the understood value. */
const READERS = ['cleanQuestion', 'clauses', 'linkEntities', 'detectAttribute', 'detectSuperlative', 'readConstraints', 'readCategories', 'readSides', 'queryTerms', 'resolveFollowUp'];

describe('one pass over the question', () => {
  it('reads the wording only in src/core/understand/', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(core)) {
      const path = relative(core, file);
      if (path.startsWith('understand/')) continue;
      const text = readFileSync(file, 'utf8');
      for (const reader of READERS) if (new RegExp(`\\b${reader}\\(`).test(text)) offenders.push(`${path} calls ${reader}`);
    }
    expect(offenders).toEqual([]);
  });

  it('understands each turn once, in the guide', () => {
    const callers = sourceFiles(core)
      .map((file) => relative(core, file))
      .filter((path) => !path.startsWith('understand/') && /\bunderstand\(/.test(readFileSync(join(core, path), 'utf8')));
    expect(callers).toEqual(['guide.ts']);
    expect(readFileSync(join(core, 'guide.ts'), 'utf8').match(/\bunderstand\(/g)).toHaveLength(1);
  });

  it('has no old answer chain left', () => {
    expect(existsSync(join(core, 'answer'))).toBe(false);
    const names = sourceFiles(core).map((file) => relative(core, file));
    expect(names.filter((n) => /extract-subject|answer-chain|templates?\.ts$/.test(n))).toEqual([]);
    for (const file of sourceFiles(core)) expect(readFileSync(file, 'utf8'), relative(core, file)).not.toMatch(/\bextractSubject\b/);
  });

  it('decides the intent with the trained classifier, not a chain of patterns', () => {
    const understand = readFileSync(join(core, 'understand', 'understand.ts'), 'utf8');
    expect(understand).toMatch(/ctx\.intents/);
    expect(readFileSync(join(core, 'understand', 'classifiers.ts'), 'utf8')).toMatch(/trainClassifier\(INTENT_EXAMPLES\)/);
  });
});
