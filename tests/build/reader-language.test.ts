/**
 * The reader's language in the built sites, where words used to stay English: topic names on
 * /es/ and /de/ (a label per language, the slug marked lang="en" when a tag has none, the
 * addresses unchanged), the region diagram's compass letters, and the plan card's counts with
 * the singular or plural their language needs (the PNG compared with one drawn from the
 * expected words).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { root } from '../helpers/build';
import { clean, page } from '../helpers/built-page';
import { shareCardPng, type ShareCard } from '../../src/lib/share-card';

const demo = inject('demoDist');
const fixture = inject('fixtureDist');

/** The topic badges of a list: "text href lang-of-the-name". */
const badges = (list: HTMLElement) =>
  list.querySelectorAll('a.badge').map((a) => `${clean(a)} ${a.getAttribute('href')} ${a.querySelector('span')?.getAttribute('lang') ?? '-'}`);

describe('topic names in the reader’s language', () => {
  it('lists the topics by their Spanish names on /es/tags/, at the same addresses, and by their slugs in English', () => {
    expect(badges(page(demo, '/es/tags/').querySelector('.tag-list')!)).toEqual([
      '#cifrado (20) /es/tags/encryption/ -',
      '#webinarios (20) /es/tags/webinars/ -',
      '#ubicación de los datos (15) /es/tags/data-routing/ -',
      '#auditorías (14) /es/tags/audits/ -',
      '#formación (12) /es/tags/education/ -',
      '#configuración predeterminada (9) /es/tags/defaults/ -',
      '#recompensas por fallos (8) /es/tags/bug-bounty/ -',
      '#plan (8) /es/tags/plan/ -',
      '#consejo asesor (4) /es/tags/advisory-board/ -',
    ]);
    expect(badges(page(demo, '/tags/').querySelector('.tag-list')!).slice(0, 3)).toEqual([
      '#encryption (20) /tags/encryption/ -',
      '#webinars (20) /tags/webinars/ -',
      '#data-routing (15) /tags/data-routing/ -',
    ]);
  });

  it('names the topic in the heading and title of its page in that language', () => {
    const doc = page(demo, '/de/tags/data-routing/');
    expect(clean(doc.querySelector('h1'))).toBe('Thema: Datenstandorte');
    expect(clean(doc.querySelector('title'))).toBe('Thema: Datenstandorte · Brightwell Trust Center');
    expect(clean(page(demo, '/tags/data-routing/').querySelector('h1'))).toBe('Topic: data-routing');
  });

  it('shows a translated post’s topics in its language, linked to the topic pages in that language', () => {
    expect(badges(page(demo, '/es/statements/apology/').querySelector('.post-tags')!)).toEqual([
      '#plan /es/tags/plan/ -',
      '#configuración predeterminada /es/tags/defaults/ -',
      '#ubicación de los datos /es/tags/data-routing/ -',
      '#cifrado /es/tags/encryption/ -',
    ]);
    expect(badges(page(demo, '/de/progress/week-13/').querySelector('.post-tags')!)[0]).toMatch(/^#\S.* \/de\/tags\/\S+\/ -$/);
  });

  it('shows a tag with no translation as its slug, marked as English, in lists and headings (fixture)', () => {
    expect(badges(page(fixture, '/de/tags/').querySelector('.tag-list')!)).toEqual([
      '#Standardeinstellungen (3) /de/tags/defaults/ -',
      '#Bug-Bounty (1) /de/tags/bug-bounty/ -',
      '#meeting-safety (1) /de/tags/meeting-safety/ en',
      '#Plan (1) /de/tags/plan/ -',
    ]);
    const heading = page(fixture, '/es/tags/meeting-safety/').querySelector('h1')!;
    expect(clean(heading)).toBe('Tema: meeting-safety');
    expect(heading.querySelector('span[lang=en]')!.text).toBe('meeting-safety');
    // On an English page the slug is the name: nothing to mark.
    expect(page(fixture, '/tags/meeting-safety/').querySelector('h1')!.toString()).toBe('<h1>Topic: meeting-safety</h1>');
  });
});

describe('the region diagram’s compass letters', () => {
  /** The degree labels of the diagram on a page. */
  const labels = (path: string) =>
    page(demo, path)
      .querySelectorAll('[data-region-diagram] .graticule text')
      .map((t) => t.text);

  it('reads W and E in English, O(este) and E in Spanish, W and O(st) in German', () => {
    expect(labels('/data-routing/')).toEqual(['150°W', '120°W', '90°W', '60°W', '30°W', '0°', '30°E', '60°E', '90°E', '120°E', '30°S', '0°', '30°N', '60°N']);
    expect(labels('/es/data-routing/')).toEqual([
      '150°O',
      '120°O',
      '90°O',
      '60°O',
      '30°O',
      '0°',
      '30°E',
      '60°E',
      '90°E',
      '120°E',
      '30°S',
      '0°',
      '30°N',
      '60°N',
    ]);
    expect(labels('/de/data-routing/')).toEqual([
      '150°W',
      '120°W',
      '90°W',
      '60°W',
      '30°W',
      '0°',
      '30°O',
      '60°O',
      '90°O',
      '120°O',
      '30°S',
      '0°',
      '30°N',
      '60°N',
    ]);
  });
});

describe('the plan card’s counts', () => {
  const fontDir = join(root, 'src', 'assets', 'fonts');
  const card = (title: string, kicker: string, detail: string): ShareCard => ({ title, kicker, detail, company: 'Brightwell', accent: '#0b5cad' });
  const built = (dist: string, key: string) => readFileSync(join(dist, 'cards', `${key}.png`));

  it('says "1 cumplido" and "7 cumplidos" in Spanish, keeps "7 done" in English and German words as they read', async () => {
    const cases: [string, string, ShareCard][] = [
      [demo, 'plan', card('The 90-day plan', 'Day 89 of 90', '7 done · 2 in progress')],
      [demo, 'es/plan', card('El plan de 90 días', 'Día 89 de 90', '7 cumplidos · 2 en curso')],
      [demo, 'de/plan', card('Der 90-Tage-Plan', 'Tag 89 von 90', '7 erfüllt · 2 in Arbeit')],
      [fixture, 'es/plan', card('El plan de 90 días', 'Día 89 de 90', '1 cumplido · 2 con retraso')],
    ];
    for (const [dist, key, expected] of cases) {
      expect({ key, same: built(dist, key).equals(await shareCardPng(expected, fontDir)) }).toEqual({ key, same: true });
    }
  }, 60_000);
});
