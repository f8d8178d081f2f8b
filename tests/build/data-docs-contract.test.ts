/**
 * The /data/ page documents the open data files; where a field's meaning lists the words a
 * field may hold (a status, a category, a severity…), it lists every word the content
 * schemas allow (src/schemas/), so adding a word to a schema cannot leave the docs behind.
 */
import { z } from 'astro/zod';
import { describe, expect, inject, it } from 'vitest';
import { readPage } from '../../scripts/lib/dist-files';
import { dataSchemas, postSchemas } from '../../src/schemas';
import { allowedValues, fieldsOf, unwrap } from '../../src/schemas/meta';
import { DOCS_REFS } from '../../scripts/lib/contract-docs';

/** Every fixed word list of the schemas (enum fields, in lists too), by "collection field". */
function wordLists(): Map<string, readonly string[]> {
  const lists = new Map<string, readonly string[]>();
  const visit = (where: string, schema: z.ZodType) => {
    for (const [name, field] of Object.entries(fieldsOf(schema) ?? {})) {
      const inner = unwrap(field);
      const target = inner instanceof z.ZodArray ? (inner.element as z.ZodType) : field;
      if (unwrap(target) instanceof z.ZodEnum) lists.set(`${where} ${name}`, allowedValues(target)!);
      else if (inner instanceof z.ZodArray) visit(`${where} ${name}[]`, inner.element as z.ZodType);
    }
  };
  for (const [name, schema] of Object.entries({ ...postSchemas(DOCS_REFS), ...dataSchemas(DOCS_REFS) })) visit(name, schema);
  return lists;
}

/** True when `text` names `word` as a word of its own (hyphens belong to words). */
const names = (text: string, word: string) => new RegExp(`(?<![\\w-])${word}(?![\\w-])`).test(text);

describe('the /data/ documentation', () => {
  it('lists every allowed word wherever it lists the words of a field', () => {
    const page = readPage(inject('demoDist'), 'data/index.html');
    const rows = page.querySelectorAll('section[data-file] table[data-fields] tbody tr').map((tr) => {
      const [field, meaning] = tr.querySelectorAll('td').map((td) => td.text.trim());
      return { field: field!, meaning: meaning! };
    });
    expect(rows.length).toBeGreaterThan(20);
    let listed = 0;
    for (const [list, words] of wordLists()) {
      for (const row of rows) {
        const named = words.filter((w) => names(row.meaning, w));
        if (named.length < 2) continue;
        listed++;
        expect(named, `${row.field}: "${row.meaning}" lists words of ${list}`).toEqual(words);
      }
    }
    // Statuses, categories, severities, finding statuses and routing changes are documented.
    expect(listed).toBeGreaterThanOrEqual(5);
  });
});
