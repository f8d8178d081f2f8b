/** Tag counting for topic pages. */

/** Each tag with the number of posts that carry it, most used first, then alphabetically. */
export function countTags(tagLists: readonly (readonly string[])[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const tags of tagLists) for (const tag of new Set(tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
