/** Grouping of dated items by calendar month for the archive. */

/** A month of items. */
export interface MonthGroup<T> {
  /** "2026-09". */
  key: string;
  /** "September 2026". */
  label: string;
  /** Items in that month, in input order. */
  items: T[];
}

/** Groups items by the month of their date in `timeZone`, keeping the input order. */
export function groupByMonth<T>(items: readonly T[], dateOf: (item: T) => Date, lang: string, timeZone: string): MonthGroup<T>[] {
  const keyFormat = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' });
  const labelFormat = new Intl.DateTimeFormat(lang, { timeZone, year: 'numeric', month: 'long' });
  const groups = new Map<string, MonthGroup<T>>();
  for (const item of items) {
    const date = dateOf(item);
    const key = keyFormat.format(date);
    let group = groups.get(key);
    if (!group) {
      group = { key, label: labelFormat.format(date), items: [] };
      groups.set(key, group);
    }
    group.items.push(item);
  }
  return [...groups.values()];
}
