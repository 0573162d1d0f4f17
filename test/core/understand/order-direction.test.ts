/**
 * A ranking's order said outright ("biggest to smallest", "from highest to lowest", "largest
 * first", "descending") decides the direction, though the end named last is a superlative too.
 */
import { describe, expect, it } from 'vitest';
import { detectSuperlative } from '../../../src/core/understand/attributes.js';

describe('understand: the order a ranking is asked in', () => {
  it.each<['max' | 'min', string]>([
    ['max', 'sort them by context window, biggest to smallest'],
    ['max', 'order the llms from highest to lowest context length'],
    ['max', 'list by price, most expensive to cheapest'],
    ['max', 'context windows in descending order'],
    ['max', 'put the largest ones first, smallest last'],
    ['min', 'rank them smallest to largest'],
    ['min', 'from cheapest to priciest please'],
    ['min', 'sorted ascending by price'],
    ['min', 'low to high on output price'],
  ])('reads %s from %j', (direction, question) => {
    expect(detectSuperlative(question)).toBe(direction);
  });
});
