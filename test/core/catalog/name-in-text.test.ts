/** A model's name is found and bolded only as a whole name: never the start of a longer versioned one. */
import { describe, expect, it } from 'vitest';
import { boldNames, namesModel } from '../../../src/core/catalog/name-in-text.js';

describe('a model name in a text', () => {
  it('is not named inside a longer versioned name', () => {
    expect(namesModel('it serves a tuned version of Omega-5.1 to users', 'Omega-5')).toBe(false);
    expect(namesModel('Zeta 3.2 ships next', 'Zeta 3')).toBe(false);
  });

  it('is named before a full stop, a possessive or bold markup', () => {
    expect(namesModel('Nothing beats Omega-5.', 'Omega-5')).toBe(true);
    expect(namesModel("Omega-5's window is long", 'Omega-5')).toBe(true);
    expect(namesModel('pick **Omega-5** here', 'Omega-5')).toBe(true);
  });

  it('never bolds part of a versioned name, whatever order the names come in', () => {
    const text = 'Acme shows the tuned Omega-5.1, a version of Omega-5.1 aligned for safety, not Omega-5.';
    expect(boldNames(text, ['Omega-5', 'Omega-5.1', 'Acme'])).toBe('**Acme** shows the tuned **Omega-5.1**, a version of Omega-5.1 aligned for safety, not **Omega-5**.');
  });
});
