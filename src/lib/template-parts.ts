/** Marked-up words inside an interface sentence: the text around the one slot of a template from src/i18n. */

/** The text before and after the slot of a one-slot template ("Topic: ${tag}" → ["Topic: ", ""]), to put marked-up words in it. */
export function templateParts(template: (slot: string) => string): [string, string] {
  const marker = '\u0000';
  const [before = '', after = ''] = template(marker).split(marker);
  return [before, after];
}
