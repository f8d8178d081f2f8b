/** content/site.yaml read and checked (src/lib/site-settings.ts): the demo's values, every mistake named with its line and fix, the brand's contrast. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ContentFileError, type ContentProblem } from '../../src/lib/content-error';
import { contrastRatio, formatRatio, mostContrasting } from '../../src/lib/contrast';
import { brandContrastProblems, brandCss, PAGE_THEMES } from '../../src/lib/brand';
import { parseSiteSettings, readSiteSettings, SITE_FIELDS } from '../../src/lib/site-settings';

const GOOD = readFileSync('tests/fixtures/site/site.yaml', 'utf8');

/** The problems parseSiteSettings reports for `text`. */
function problems(text: string): ContentProblem[] {
  try {
    parseSiteSettings(text, 'content/site.yaml');
  } catch (error) {
    if (error instanceof ContentFileError) return error.problems;
    throw error;
  }
  throw new Error('expected the settings to be refused');
}

describe('site settings', () => {
  it('reads the demo settings as written (dates stay text)', () => {
    const settings = readSiteSettings('content');
    expect(settings.company).toBe('Brightwell');
    expect(settings.plan).toEqual({ start: '2026-09-01', days: 90, timeZone: 'America/Los_Angeles' });
    expect(settings.displayTimeZone).toBe('UTC');
    expect(settings.ledgerStart).toBe('2026-11-30T00:00:00Z');
    expect(settings.brand).toEqual({ colour: '#0b5cad', colourDark: '#8cc4ff', logo: 'public/favicon.svg' });
    expect(settings.mediaOrigins).toEqual([]);
    expect(settings.contacts.security).toBe('mailto:security@brightwell.example');
  });

  it('names the line, field, value and fix of each wrong value', () => {
    const text = GOOD.replace('start: 2026-09-01', 'start: 2026-02-30')
      .replace('timeZone: America/Los_Angeles', 'timeZone: Europe/Pari')
      .replace('days: 90', 'days: 0')
      .replace('security: mailto:security@brightwell.example', 'security: security@brightwell.example');
    expect(problems(text).map((p) => [p.line, p.field, p.what])).toEqual([
      [9, 'plan.start', '"2026-02-30" is not a real day written YYYY-MM-DD'],
      [10, 'plan.days', '0 must be at least 1'],
      [11, 'plan.timeZone', '"Europe/Pari" is not a time zone name (did you mean Europe/Paris?)'],
      [16, 'contacts.security', '"security@brightwell.example" is not a mailto: or https: address'],
    ]);
    expect(problems(text)[0]!.fix).toBe("plan.start is the plan's first day, in the plan's time zone; for example start: 2026-09-01");
  });

  it('names a missing field and a misspelt one', () => {
    const text = GOOD.replace(/^company: .*\n/m, '').replace('feedLimit: 20', 'feedLimt: 20');
    const found = problems(text);
    expect(found.map((p) => [p.line, p.field, p.what])).toEqual([
      [1, 'company', 'is missing'],
      [1, 'feedLimit', 'is missing'],
      [29, 'feedLimt', 'is not a setting'],
    ]);
    expect(found[2]!.fix).toBe('did you mean feedLimit? Rename it');
  });

  it('refuses a brand colour that is hard to read, with the measured ratio and the WCAG minimum', () => {
    const found = problems(GOOD.replace('colour: "#0b5cad"', 'colour: "#7aa7d8"'));
    expect(found).toEqual([
      expect.objectContaining({
        line: 23,
        field: 'brand.colour',
        what: 'links in #7aa7d8 on the light page (#fbfaf7) have a contrast of 2.41:1; WCAG asks at least 4.5:1 for text',
      }),
    ]);
    expect(problems(GOOD.replace('colourDark: "#8cc4ff"', 'colourDark: "#3b4a8a"'))[0]!.what).toBe(
      'links in #3b4a8a on the dark page (#1d2024) have a contrast of 1.97:1; WCAG asks at least 4.5:1 for text',
    );
  });

  it('refuses a colour that is not #rrggbb and a logo that is not an SVG in public/', () => {
    const text = GOOD.replace('colour: "#0b5cad"', 'colour: blue').replace('logo: public/favicon.svg', 'logo: logo.png');
    expect(problems(text).map((p) => [p.field, p.what])).toEqual([
      ['brand.colour', '"blue" is not a #rrggbb colour'],
      ['brand.logo', '"logo.png" is not the path of an .svg file in public/'],
    ]);
  });

  it('documents every field in PUBLISHING.md', () => {
    const guide = readFileSync('PUBLISHING.md', 'utf8');
    for (const field of Object.keys(SITE_FIELDS)) expect(guide, field).toContain(`| \`${field}\` |`);
  });
});

describe('contrast', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBe(21);
    expect(contrastRatio('#fff', '#fff')).toBe(1);
    expect(formatRatio(contrastRatio('#777777', '#ffffff'))).toBe('4.47:1');
    expect(formatRatio(contrastRatio('#ffffff', '#767676'))).toBe('4.54:1');
  });

  it('picks the text colour with the most contrast, the first of two that tie', () => {
    expect(mostContrasting('#0b5cad', ['#1c1e21', '#ffffff'])).toBe('#ffffff');
    expect(mostContrasting('#000000', ['#fff', '#ffffff', '#FFFFFF'])).toBe('#fff');
    expect(mostContrasting('#000000', ['#777777', '#fff', '#ffffff'])).toBe('#fff');
  });

  it('refuses a colour that is not #rgb or #rrggbb, naming it', () => {
    expect(() => contrastRatio('#ffff', '#000000')).toThrow('"#ffff" is not a #rrggbb colour');
    expect(() => contrastRatio('#000000', 'white')).toThrow('"white" is not a #rrggbb colour');
  });

  it('names the text on the brand colour when no text colour of a theme reads on it', () => {
    const greyText = { ...PAGE_THEMES.light, textOnBrand: ['#333333', '#444444'] };
    expect(brandContrastProblems({ colour: '#000000', colourDark: '#8cc4ff' }, { light: greyText, dark: PAGE_THEMES.dark })).toEqual([
      {
        field: 'colour',
        what: 'button text (#444444) on #000000 in the light theme has a contrast of 2.15:1; WCAG asks at least 4.5:1 for text',
      },
    ]);
    expect(brandContrastProblems({ colour: '#0b5cad', colourDark: '#8cc4ff' })).toEqual([]);
  });

  it('writes the brand as custom properties, with readable text on it', () => {
    expect(brandCss({ colour: '#0b5cad', colourDark: '#8cc4ff' })).toBe(
      ':root { --accent: #0b5cad; --accent-text: #ffffff; }\n@media (prefers-color-scheme: dark) {\n  :root { --accent: #8cc4ff; --accent-text: #0d1b2a; }\n}\n',
    );
    expect(brandCss({ colour: '#b8e0ff', colourDark: '#b8e0ff' })).toContain('--accent: #b8e0ff; --accent-text: #1c1e21;');
  });
});
