/** content/site.yaml read and checked (src/lib/site-settings.ts): the demo's values, every mistake named with its line and fix, the brand's contrast. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentFileError, type ContentProblem } from '../../src/lib/content-error';
import { contrastRatio, formatRatio, mostContrasting } from '../../src/lib/contrast';
import { brandContrastProblems, brandCss, PAGE_THEMES } from '../../src/lib/brand';
import { parseSiteSettings, readSiteSettings, settingsFileProblems, SITE_FIELDS } from '../../src/lib/site-settings';

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

describe('site settings, every message in full', () => {
  const FILE = 'content/site.yaml';
  const MEDIA_FIX =
    'mediaOrigins is other sites posts may load pictures, video and audio from (empty: none); for example mediaOrigins: ["https://media.example.com"]';
  const NOT_SETTINGS = {
    file: FILE,
    line: 1,
    field: '(file)',
    what: 'is not a list of settings',
    fix: 'write one "name: value" per line, as in the example in PUBLISHING.md',
  };

  it('names a time zone with no near name, a language without strings and a count that is not a number', () => {
    const text = GOOD.replace('displayTimeZone: UTC ', 'displayTimeZone: Nowhere ').replace('language: en', 'language: fr').replace('days: 90', 'days: ninety');
    expect(problems(text)).toEqual([
      {
        file: FILE,
        line: 6,
        field: 'language',
        what: '"fr" has no interface strings yet (available: en, es, de)',
        fix: 'language is language of the interface and the posts (en, es, de); for example language: en',
      },
      {
        file: FILE,
        line: 10,
        field: 'plan.days',
        what: '"ninety" is not a number',
        fix: 'plan.days is how many days the plan lasts (1 to 3650); for example days: 90',
      },
      {
        file: FILE,
        line: 13,
        field: 'displayTimeZone',
        what: '"Nowhere" is not a time zone name',
        fix: 'displayTimeZone is time zone for showing dates that carry no zone of their own; for example displayTimeZone: UTC',
      },
    ]);
  });

  it('says a missing field is missing, with what to add (the language too, and a group with no table row)', () => {
    const text = GOOD.replace(/^company: .*\n/m, '')
      .replace(/^language: .*\n/m, '')
      .replace(/^plan:\n( {2}.*\n)+/m, '');
    expect(problems(text)).toEqual([
      { file: FILE, line: 1, field: 'company', what: 'is missing', fix: 'add it: company is the company the site speaks for; for example company: Brightwell' },
      {
        file: FILE,
        line: 1,
        field: 'language',
        what: 'is missing',
        fix: 'add it: language is language of the interface and the posts (en, es, de); for example language: en',
      },
      { file: FILE, line: 1, field: 'plan', what: 'is missing', fix: 'add it: see the settings table in PUBLISHING.md' },
    ]);
  });

  it('refuses a plan start with a time and a ledger start without one', () => {
    const text = GOOD.replace('start: 2026-09-01 ', 'start: 2026-09-01T00:00:00Z ').replace('ledgerStart: 2026-11-30T00:00:00Z', 'ledgerStart: 2026-11-30');
    expect(problems(text)).toEqual([
      {
        file: FILE,
        line: 9,
        field: 'plan.start',
        what: '"2026-09-01T00:00:00Z" is not a real day written YYYY-MM-DD',
        fix: "plan.start is the plan's first day, in the plan's time zone; for example start: 2026-09-01",
      },
      {
        file: FILE,
        line: 28,
        field: 'ledgerStart',
        what: '"2026-11-30" is not a date-time with offset',
        fix: 'ledgerStart is when the site went public: edits after it are the public record; for example ledgerStart: 2026-11-30T00:00:00Z',
      },
    ]);
  });

  it('accepts media origins and refuses one with a path or another scheme, naming its place in the list', () => {
    const good = parseSiteSettings(GOOD.replace('mediaOrigins: []', 'mediaOrigins: ["https://media.example.com", "https://cdn.example.org:8443"]'), FILE);
    expect(good.mediaOrigins).toEqual(['https://media.example.com', 'https://cdn.example.org:8443']);
    const text = GOOD.replace('mediaOrigins: []', 'mediaOrigins: ["https://media.example.com/", "ftp://files.example"]');
    expect(problems(text)).toEqual([
      {
        file: FILE,
        line: 27,
        field: 'mediaOrigins.0',
        what: '"https://media.example.com/" is not an origin (scheme and host only, no path or trailing slash)',
        fix: MEDIA_FIX,
      },
      { file: FILE, line: 27, field: 'mediaOrigins.1', what: '"ftp://files.example" is not a https: address', fix: MEDIA_FIX },
    ]);
  });

  it('gives the fix of the list to its eleventh origin and the line of each item on its own line', () => {
    const origins = Array.from({ length: 10 }, (_, i) => `  - https://m${i}.example\n`).join('');
    const text = GOOD.replace('mediaOrigins: []', `mediaOrigins:\n${origins}  - https://m10.example/x`);
    expect(problems(text)).toEqual([
      {
        file: FILE,
        line: 38,
        field: 'mediaOrigins.10',
        what: '"https://m10.example/x" is not an origin (scheme and host only, no path or trailing slash)',
        fix: MEDIA_FIX,
      },
    ]);
  });

  it("gives the key's line when the value starts on the next line", () => {
    const text = GOOD.replace('  start: 2026-09-01 ', '  start:\n    2026-02-30\n ').replace('company: Brightwell', 'company:\n  ""');
    expect(problems(text).map((p) => [p.line, p.field, p.what])).toEqual([
      [3, 'company', '"" is empty'],
      [10, 'plan.start', '"2026-02-30" is not a real day written YYYY-MM-DD'],
    ]);
  });

  it('suggests the setting of the same group, or lists the settings there', () => {
    const text = GOOD.replace('days: 90', 'dayz: 90\n  colour: x').replace('notice:', 'zzzzzz: 1\nnotice:');
    expect(problems(text)).toEqual([
      {
        file: FILE,
        line: 8,
        field: 'plan.days',
        what: 'is missing',
        fix: 'add it: plan.days is how many days the plan lasts (1 to 3650); for example days: 90',
      },
      { file: FILE, line: 10, field: 'plan.dayz', what: 'is not a setting', fix: 'did you mean days? Rename it' },
      { file: FILE, line: 11, field: 'plan.colour', what: 'is not a setting', fix: 'remove it; the settings here are: start, days, timeZone' },
      {
        file: FILE,
        line: 32,
        field: 'zzzzzz',
        what: 'is not a setting',
        fix: 'remove it; the settings here are: company, title, description, language, plan, displayTimeZone, contacts, repository, brand, mediaOrigins, ledgerStart, pageSize, feedLimit, notice',
      },
    ]);
  });

  it('gives one problem for an empty value, not also the one its format would add', () => {
    const text = GOOD.replace(/displayTimeZone: .*/, 'displayTimeZone: ""')
      .replace(/security: .*/, 'security: " "')
      .replace(/ colour: .*/, ' colour: ""');
    expect(problems(text).map((p) => [p.field, p.what])).toEqual([
      ['displayTimeZone', '"" is empty'],
      ['contacts.security', '" " is empty'],
      ['brand.colour', '"" is empty'],
    ]);
  });

  it('lists the problems in the order of the lines, not of the settings', () => {
    const text = `feedLimit: 0\npageSize: 0\n${GOOD.replace(/^(pageSize|feedLimit): .*\n/gm, '').replace('title: Brightwell Trust Center', 'title: " "')}`;
    expect(problems(text).map((p) => [p.line, p.field, p.what])).toEqual([
      [1, 'feedLimit', '0 must be at least 1'],
      [2, 'pageSize', '0 must be at least 1'],
      [6, 'title', '" " is empty'],
    ]);
  });

  it('names a group written as one value instead of its settings', () => {
    const what = 'is not a group of settings: write its settings under it, one per line, indented';
    const text = GOOD.replace(/^brand:\n( {2}.*\n)+/m, 'brand:\n')
      .replace(/^plan:\n( {2}.*\n)+/m, 'plan: 90\n')
      .replace(/^contacts:\n( {2}.*\n)+/m, 'contacts: security@brightwell.example\n')
      .replace(/^repository:\n( {2}.*\n)+/m, 'repository: [main]\n');
    expect(problems(text)).toEqual([
      { file: FILE, line: 8, field: 'plan', what: `90 ${what}`, fix: 'see the settings table in PUBLISHING.md' },
      { file: FILE, line: 12, field: 'contacts', what: `"security@brightwell.example" ${what}`, fix: 'see the settings table in PUBLISHING.md' },
      { file: FILE, line: 14, field: 'repository', what: `["main"] ${what}`, fix: 'see the settings table in PUBLISHING.md' },
      { file: FILE, line: 16, field: 'brand', what: `null ${what}`, fix: 'see the settings table in PUBLISHING.md' },
    ]);
  });

  it('says which way to move a colour that is hard to read', () => {
    const text = GOOD.replace('colour: "#0b5cad"', 'colour: "#7aa7d8"').replace('colourDark: "#8cc4ff"', 'colourDark: "#3b4a8a"');
    expect(problems(text)).toEqual([
      {
        file: FILE,
        line: 23,
        field: 'brand.colour',
        what: 'links in #7aa7d8 on the light page (#fbfaf7) have a contrast of 2.41:1; WCAG asks at least 4.5:1 for text',
        fix: 'choose a darker shade until the contrast is at least 4.5:1 (a contrast checker shows the ratio as you try)',
      },
      {
        file: FILE,
        line: 24,
        field: 'brand.colourDark',
        what: 'links in #3b4a8a on the dark page (#1d2024) have a contrast of 1.97:1; WCAG asks at least 4.5:1 for text',
        fix: 'choose a lighter shade until the contrast is at least 4.5:1 (a contrast checker shows the ratio as you try)',
      },
    ]);
  });

  it('refuses a file that is not a map of settings: empty, a word, a number, a list', () => {
    for (const text of ['', '~\n', 'hello\n', '5\n', '- company: Brightwell\n']) expect(problems(text), JSON.stringify(text)).toEqual([NOT_SETTINGS]);
  });

  describe('the logo and the file itself', () => {
    let root = '';
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    /** A project folder holding public/favicon.svg with `logo` as its text (none when undefined). */
    function project(logo: string | undefined): string {
      root = mkdtempSync(join(tmpdir(), 'site-settings-'));
      mkdirSync(join(root, 'public'));
      if (logo !== undefined) writeFileSync(join(root, 'public', 'favicon.svg'), logo);
      return root;
    }

    it('accepts an SVG logo, its element written in any case of spacing', () => {
      const settings = parseSiteSettings(GOOD, FILE);
      expect(settingsFileProblems(settings, GOOD, FILE, project('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toEqual([]);
      expect(settingsFileProblems(settings, GOOD, FILE, project('<svg>\n</svg>'))).toEqual([]);
    });

    it('names a missing logo and one that is not an SVG image, on the line of "logo:"', () => {
      const settings = parseSiteSettings(GOOD, FILE);
      const missing = {
        file: FILE,
        line: 25,
        field: 'brand.logo',
        what: '"public/favicon.svg" does not exist',
        fix: 'put the logo (an SVG file) in public/ and write its path here, e.g. public/logo.svg',
      };
      expect(settingsFileProblems(settings, GOOD, FILE, project(undefined))).toEqual([missing]);
      expect(settingsFileProblems(settings, GOOD, FILE, project('<svgz>not a picture</svgz>'))).toEqual([
        {
          file: FILE,
          line: 25,
          field: 'brand.logo',
          what: '"public/favicon.svg" is not an SVG image (no <svg> element)',
          fix: 'export the logo as SVG and save it under this path',
        },
      ]);
    });

    it('finds the line of "logo:" with CRLF line ends, spaces before the colon and the word elsewhere', () => {
      const settings = parseSiteSettings(GOOD, FILE);
      const lineOf = (source: string) => settingsFileProblems(settings, source, FILE, project(undefined)).map((p) => p.line);
      expect(lineOf(GOOD.replaceAll('\n', '\r\n'))).toEqual([25]);
      expect(lineOf(GOOD.replace('  logo: public', '  logo  : public'))).toEqual([25]);
      expect(lineOf(GOOD.replace('title: Brightwell Trust Center', 'title: "Our logo: a tree"'))).toEqual([25]);
      expect(lineOf('brand: { logo: public/favicon.svg }\n')).toEqual([1]);
    });

    it('reads a settings file, and names one that is missing or points to a missing logo', () => {
      expect(readSiteSettings('tests/fixtures/site', process.cwd()).company).toBe('Brightwell');
      let error: unknown;
      try {
        readSiteSettings('tests/fixtures/no-such-folder');
      } catch (thrown) {
        error = thrown;
      }
      expect(error).toBeInstanceOf(ContentFileError);
      expect((error as ContentFileError).problems).toEqual([
        {
          file: 'tests/fixtures/no-such-folder/site.yaml',
          line: 1,
          field: '(file)',
          what: 'is missing',
          fix: 'create tests/fixtures/no-such-folder/site.yaml (npm run init writes one; the fields are listed in PUBLISHING.md, "Site settings")',
        },
      ]);
      const empty = project(undefined);
      expect(() => readSiteSettings('tests/fixtures/site', empty)).toThrow('tests/fixtures/site/site.yaml:25  brand.logo  "public/favicon.svg" does not exist');
    });
  });
});
