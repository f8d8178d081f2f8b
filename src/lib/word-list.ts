/** Allowed values as a sentence's list: "a, b or c" (documentation text built from the value lists). */
export function orList(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}
