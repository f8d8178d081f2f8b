/** Pruning the share-card cache: used cards stay, young cards stay, the rest goes, at the exact age limit. */
import { describe, expect, it } from 'vitest';
import { CARD_CACHE_MAX_AGE_DAYS, staleCacheFiles } from '../../src/lib/card-cache';

const DAY = 24 * 60 * 60 * 1000;
const now = Date.UTC(2026, 10, 30, 12, 0, 0);

describe('staleCacheFiles', () => {
  it('keeps two weeks by default', () => {
    expect(CARD_CACHE_MAX_AGE_DAYS).toBe(14);
  });

  it('deletes only the files that this build does not use and that no build touched within the limit', () => {
    const files = [
      { name: 'used-old.png', mtimeMs: now - 100 * DAY },
      { name: 'unused-young.png', mtimeMs: now - 13 * DAY },
      { name: 'unused-at-limit.png', mtimeMs: now - 14 * DAY },
      { name: 'unused-just-over.png', mtimeMs: now - 14 * DAY - 1 },
      { name: 'unused-old.png', mtimeMs: now - 30 * DAY },
    ];
    expect(staleCacheFiles(files, new Set(['used-old.png']), now)).toEqual(['unused-just-over.png', 'unused-old.png']);
  });

  it('takes another limit in days', () => {
    const files = [
      { name: 'a.png', mtimeMs: now - 2 * DAY },
      { name: 'b.png', mtimeMs: now - 12 * 60 * 60 * 1000 },
    ];
    expect(staleCacheFiles(files, new Set(), now, 1)).toEqual(['a.png']);
    expect(staleCacheFiles(files, new Set(), now, 0)).toEqual(['a.png', 'b.png']);
  });
});
