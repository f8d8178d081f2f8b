/**
 * Colour contrast as WCAG 2.2 defines it (relative luminance of sRGB colours, ratio
 * (L1 + 0.05) / (L2 + 0.05)), for the brand colour of content/site.yaml: link text and
 * buttons in that colour must stay readable on the page.
 */

/** The WCAG 2.2 AA minimum contrast for normal text (success criterion 1.4.3). */
export const WCAG_TEXT_MINIMUM = 4.5;

/** A colour written as #rgb or #rrggbb (any case). */
export const HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** The red, green and blue channels (0–255) of a #rgb or #rrggbb colour; throws on anything else. */
export function hexChannels(hex: string): [number, number, number] {
  if (!HEX_COLOUR.test(hex)) throw new Error(`"${hex}" is not a #rrggbb colour`);
  const digits = hex.length === 4 ? [...hex.slice(1)].map((d) => d + d).join('') : hex.slice(1);
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as [number, number, number];
}

/** Relative luminance of a colour (0 black … 1 white), WCAG 2.2's formula. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = hexChannels(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio of two colours, from 1 (same) to 21 (black on white); order does not matter. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** A ratio as people write it, rounded down to two decimals so that 4.499 never reads "4.5:1": "3.21:1". */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}

/** Of `candidates`, the colour that contrasts most with `background` (the first on a tie). */
export function mostContrasting(background: string, candidates: readonly string[]): string {
  let best = candidates[0]!;
  for (const candidate of candidates.slice(1)) {
    if (contrastRatio(candidate, background) > contrastRatio(best, background)) best = candidate;
  }
  return best;
}
