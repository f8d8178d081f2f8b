/**
 * The colours of both themes meet WCAG 2.2 AA, read from the built stylesheet in real
 * Chromium: every text colour on every background the theme defines (4.5:1, SC 1.4.3), the
 * brand's button text on the brand colour (4.5:1) and the focus ring on every background
 * (3:1, SC 1.4.11). The ratios are axe-core's own (the colour utilities its color-contrast
 * rule uses). This is what lets tests/browser/pages.test.ts scan every page with axe in the
 * light theme only and the dark theme once per page type.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowserSite } from '../helpers/browser-site';
import { axeSource } from '../helpers/axe';

const demo = inject('demoDist');

/**
 * The colour custom properties of src/styles/global.css and the brand stylesheet, by role.
 * A new colour must be placed here, so no colour escapes the check.
 */
const ROLES = {
  /** Backgrounds text is written on: the page, panels, and the status tints. */
  backgrounds: ['--bg', '--surface', '--ok-bg', '--warn-bg', '--bad-bg', '--info-bg'],
  /** Text colours: running text, secondary text, links, statuses. */
  texts: ['--text', '--muted', '--accent', '--ok', '--warn', '--bad', '--info'],
  /** Not text: borders between panels and table rows (no contrast minimum, WCAG 1.4.11 asks none for decoration). */
  decoration: ['--border'],
};

const site = useBrowserSite(demo);

/** Opens the home page in `scheme`; `restyle` may rewrite the site's stylesheets on the way. */
async function openHome(scheme: 'light' | 'dark', restyle?: (css: string) => string): Promise<Page> {
  const context = await site.browser.newContext({ colorScheme: scheme });
  const page = await context.newPage();
  if (restyle) {
    await page.route('**/_astro/*.css', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: restyle(await response.text()) });
    });
  }
  await page.goto(site.server.url, { waitUntil: 'load' });
  await page.evaluate(axeSource);
  return page;
}

/** The names of the custom properties that :root declares (in any media block) with a colour value. */
function colourProperties(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const names = new Set<string>();
    const visit = (rules: CSSRuleList) => {
      for (const rule of rules) {
        if (rule instanceof CSSMediaRule) visit(rule.cssRules);
        if (!(rule instanceof CSSStyleRule) || rule.selectorText !== ':root') continue;
        for (const name of rule.style) if (name.startsWith('--') && /^\s*#[0-9a-f]+\s*$/i.test(rule.style.getPropertyValue(name))) names.add(name);
      }
    };
    for (const sheet of document.styleSheets) visit(sheet.cssRules);
    return [...names].sort();
  });
}

/**
 * Every pair below its minimum in the page's current theme, as
 * "--fg (#rrggbb) on --bg (#rrggbb): 3.21:1, needs 4.5:1".
 */
function contrastProblems(page: Page): Promise<string[]> {
  const pairs: [string, string, number][] = [
    ...ROLES.texts.flatMap((fg) => ROLES.backgrounds.map((bg): [string, string, number] => [fg, bg, 4.5])),
    ['--accent-text', '--accent', 4.5],
    ...ROLES.backgrounds.map((bg): [string, string, number] => ['--focus', bg, 3]),
  ];
  return page.evaluate((pairs) => {
    const { Color, getContrast } = (
      window as unknown as {
        axe: {
          commons: { color: { Color: new () => { parseString(s: string): void; toHexString?(): string }; getContrast(bg: unknown, fg: unknown): number } };
        };
      }
    ).axe.commons.color;
    const probe = document.createElement('span');
    document.body.append(probe);
    /** The computed value of a custom property, as "rgb(r, g, b)" and as a Color. */
    const read = (name: string) => {
      probe.style.color = `var(${name})`;
      const rgb = getComputedStyle(probe).color;
      const color = new Color();
      color.parseString(rgb);
      const hex = `#${(rgb.match(/\d+/g) ?? [])
        .slice(0, 3)
        .map((n) => Number(n).toString(16).padStart(2, '0'))
        .join('')}`;
      return { color, hex };
    };
    const problems: string[] = [];
    for (const [fg, bg, minimum] of pairs) {
      const f = read(fg);
      const b = read(bg);
      const ratio = getContrast(b.color, f.color);
      if (ratio < minimum) problems.push(`${fg} (${f.hex}) on ${bg} (${b.hex}): ${ratio.toFixed(2)}:1, needs ${minimum}:1`);
    }
    probe.remove();
    return problems;
  }, pairs);
}

describe('theme colours', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`every text colour reads on every background in the ${scheme} theme (WCAG AA)`, async () => {
      const page = await openHome(scheme);
      // Every colour of the theme has a role above: a new one must be given one.
      expect(await colourProperties(page)).toEqual([...ROLES.backgrounds, ...ROLES.texts, ...ROLES.decoration, '--accent-text', '--focus'].sort());
      expect(await contrastProblems(page)).toEqual([]);
      await page.context().close();
    });
  }

  it('fails when a dark colour is made too faint', async () => {
    // The built stylesheet with the dark theme's secondary text (#b4b8bf) dimmed to #6b7078,
    // and its focus ring (#ffb366) to #4a3a2a.
    const page = await openHome('dark', (css) => {
      const dark = css.indexOf('prefers-color-scheme:dark');
      if (dark < 0 || !css.includes('--muted:#b4b8bf', dark)) return css;
      return css.slice(0, dark) + css.slice(dark).replace('--muted:#b4b8bf', '--muted:#6b7078').replace('--focus:#ffb366', '--focus:#4a3a2a');
    });
    expect(await contrastProblems(page)).toEqual([
      '--muted (#6b7078) on --bg (#15171a): 3.60:1, needs 4.5:1',
      '--muted (#6b7078) on --surface (#1d2024): 3.28:1, needs 4.5:1',
      '--muted (#6b7078) on --ok-bg (#1b3324): 2.73:1, needs 4.5:1',
      '--muted (#6b7078) on --warn-bg (#3a2e13): 2.67:1, needs 4.5:1',
      '--muted (#6b7078) on --bad-bg (#402120): 2.89:1, needs 4.5:1',
      '--muted (#6b7078) on --info-bg (#232a44): 2.84:1, needs 4.5:1',
      '--focus (#4a3a2a) on --bg (#15171a): 1.65:1, needs 3:1',
      '--focus (#4a3a2a) on --surface (#1d2024): 1.50:1, needs 3:1',
      '--focus (#4a3a2a) on --ok-bg (#1b3324): 1.25:1, needs 3:1',
      '--focus (#4a3a2a) on --warn-bg (#3a2e13): 1.22:1, needs 3:1',
      '--focus (#4a3a2a) on --bad-bg (#402120): 1.33:1, needs 3:1',
      '--focus (#4a3a2a) on --info-bg (#232a44): 1.30:1, needs 3:1',
    ]);
    await page.context().close();
  });
});
