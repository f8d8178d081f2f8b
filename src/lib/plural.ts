/**
 * Counted words in a language's grammar: "1 cumplido", "7 cumplidos", from Intl.PluralRules
 * and a table of forms per plural category (src/i18n). Plain TypeScript: no Astro imports.
 */

/** The forms of a counted word by plural category ("one", "few", …); `other` is required and the fallback. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The form of `forms` that a count of `n` takes in language `lang`. */
export function pluralForm(n: number, lang: string, forms: PluralForms): string {
  return forms[new Intl.PluralRules(lang).select(n)] ?? forms.other;
}

/** A count and its word in `lang`'s grammar ("7 done", "1 cumplido", "7 cumplidos"). */
export function countWith(n: number, lang: string, forms: PluralForms): string {
  return `${n} ${pluralForm(n, lang, forms)}`;
}
