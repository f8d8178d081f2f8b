/** orList: the allowed values as the open-data documentation writes them. */
import { describe, expect, it } from 'vitest';
import { orList } from '../../src/lib/word-list';

describe('orList', () => {
  it('joins with commas and "or" before the last word', () => {
    expect(orList(['added', 'removed', 'changed'])).toBe('added, removed or changed');
    expect(orList(['open', 'fixed'])).toBe('open or fixed');
    expect(orList(['done'])).toBe('done');
    expect(orList([])).toBe('');
  });
});
