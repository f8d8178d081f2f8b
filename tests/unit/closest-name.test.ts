import { describe, expect, it } from 'vitest';
import { closestName, editDistance } from '../../src/lib/closest-name';

// Suggestions for mistyped names, at the limits (found by `npm run mutate`).
describe('closestName', () => {
  it('suggests a name that differs only in case, however long the difference', () => {
    expect(closestName('SUMMARY', ['summary'])).toBe('summary');
    expect(closestName('summary', ['SUMMARY'])).toBe('SUMMARY');
  });

  it('suggests at edit distance 2 but not 3', () => {
    expect(closestName('tite', ['titles'])).toBe('titles');
    expect(closestName('tit', ['titles'])).toBeUndefined();
  });

  it('keeps the nearest name, and the first of equally near ones', () => {
    expect(closestName('tagz', ['tags', 'tabs'])).toBe('tags');
    expect(closestName('tagz', ['tabs', 'tags'])).toBe('tags');
    expect(closestName('taxs', ['tabs', 'tags'])).toBe('tabs');
    expect(closestName('Tags', ['tabs', 'tags'])).toBe('tags');
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions, to the last letter', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', 'abd')).toBe(1);
  });
});
