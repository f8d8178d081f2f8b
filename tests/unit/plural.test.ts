/** Counted words per language (src/lib/plural.ts) and the plan card's status counts in src/i18n. */
import { describe, expect, it } from 'vitest';
import { countWith, pluralForm } from '../../src/lib/plural';
import { strings } from '../../src/i18n/ui';

describe('countWith', () => {
  it('says the plan card counts in Spanish with the singular for one and the plural otherwise', () => {
    const es = strings('es').statusCount;
    expect([1, 7, 0].map((n) => countWith(n, 'es', es.done))).toEqual(['1 cumplido', '7 cumplidos', '0 cumplidos']);
    expect([1, 2].map((n) => countWith(n, 'es', es.blocked))).toEqual(['1 bloqueado', '2 bloqueados']);
    expect([1, 3].map((n) => countWith(n, 'es', es['in-progress']))).toEqual(['1 en curso', '3 en curso']);
  });

  it('keeps English and German as they read ("7 done", "1 in progress", "3 in Arbeit")', () => {
    expect(countWith(7, 'en', strings('en').statusCount.done)).toBe('7 done');
    expect(countWith(1, 'en', strings('en').statusCount['in-progress'])).toBe('1 in progress');
    expect(countWith(3, 'de', strings('de').statusCount['in-progress'])).toBe('3 in Arbeit');
    expect(countWith(1, 'de', strings('de').statusCount.overdue)).toBe('1 überfällig');
  });
});

describe('pluralForm', () => {
  it("picks the form of the count's plural category, else `other`", () => {
    const forms = { one: 'one', few: 'few', many: 'many', other: 'other' };
    // Polish has one, few and many; Spanish has one, many (millions) and other.
    expect([1, 3, 5, 1.5].map((n) => pluralForm(n, 'pl', forms))).toEqual(['one', 'few', 'many', 'other']);
    expect([1, 2].map((n) => pluralForm(n, 'es', { other: 'x' }))).toEqual(['x', 'x']);
  });
});
