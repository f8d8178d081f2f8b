/**
 * The brand colour of content/site.yaml on the page: the CSS custom properties it sets
 * (--accent for links, buttons and highlights, --accent-text for text on it), and the
 * contrast it must keep with the page in the light and the dark theme.
 */
import { contrastRatio, formatRatio, mostContrasting, WCAG_TEXT_MINIMUM } from './contrast.ts';

/** One colour theme of the page (the values of src/styles/global.css). */
export interface PageTheme {
  /** "light" or "dark" (the reader's system setting). */
  name: 'light' | 'dark';
  /** The page background (--bg) and the panels' background (--surface): links are read on both. */
  backgrounds: readonly string[];
  /** Text colours that may be written on the brand colour (buttons, skip link), the first preferred. */
  textOnBrand: readonly string[];
}

/** The page's two themes; keep in step with --bg and --surface in src/styles/global.css. */
export const PAGE_THEMES: Record<'light' | 'dark', PageTheme> = {
  light: { name: 'light', backgrounds: ['#fbfaf7', '#ffffff'], textOnBrand: ['#ffffff', '#1c1e21'] },
  dark: { name: 'dark', backgrounds: ['#15171a', '#1d2024'], textOnBrand: ['#0d1b2a', '#ffffff'] },
};

/** The brand colours: one per theme. */
export interface BrandColours {
  /** Accent on the light page (#rrggbb). */
  colour: string;
  /** Accent on the dark page (#rrggbb). */
  colourDark: string;
}

/** A contrast that is too low: where, the measured ratio and the minimum. */
export interface ContrastProblem {
  /** The settings field: "colour" or "colourDark". */
  field: keyof BrandColours;
  /** The sentence for the check. */
  what: string;
}

/** The text colour written on `colour` in `theme`: the candidate with the most contrast. */
export function textOnBrand(colour: string, theme: PageTheme): string {
  return mostContrasting(colour, theme.textOnBrand);
}

/**
 * Every place where a brand colour reads below WCAG's 4.5:1 for text, with the measured ratio:
 * links on the page, and the text written on the brand colour (with the page's themes, a
 * colour that passes the first passes the second; the check stays for themes to come).
 */
export function brandContrastProblems(brand: BrandColours, themes: Record<'light' | 'dark', PageTheme> = PAGE_THEMES): ContrastProblem[] {
  const problems: ContrastProblem[] = [];
  const pairs: [keyof BrandColours, PageTheme][] = [
    ['colour', themes.light],
    ['colourDark', themes.dark],
  ];
  for (const [field, theme] of pairs) {
    const colour = brand[field];
    const lowest = theme.backgrounds.map((background) => ({ background, ratio: contrastRatio(colour, background) })).sort((a, b) => a.ratio - b.ratio)[0]!;
    if (lowest.ratio < WCAG_TEXT_MINIMUM) {
      problems.push({
        field,
        what: `links in ${colour} on the ${theme.name} page (${lowest.background}) have a contrast of ${formatRatio(lowest.ratio)}; WCAG asks at least ${WCAG_TEXT_MINIMUM}:1 for text`,
      });
    }
    const text = textOnBrand(colour, theme);
    const onBrand = contrastRatio(text, colour);
    if (onBrand < WCAG_TEXT_MINIMUM) {
      problems.push({
        field,
        what: `button text (${text}) on ${colour} in the ${theme.name} theme has a contrast of ${formatRatio(onBrand)}; WCAG asks at least ${WCAG_TEXT_MINIMUM}:1 for text`,
      });
    }
  }
  return problems;
}

/** The stylesheet that sets the brand colour as CSS custom properties, for both themes. */
export function brandCss(brand: BrandColours): string {
  const light = `--accent: ${brand.colour}; --accent-text: ${textOnBrand(brand.colour, PAGE_THEMES.light)};`;
  const dark = `--accent: ${brand.colourDark}; --accent-text: ${textOnBrand(brand.colourDark, PAGE_THEMES.dark)};`;
  return `:root { ${light} }\n@media (prefers-color-scheme: dark) {\n  :root { ${dark} }\n}\n`;
}
