/**
 * The content contract is written once, in src/schemas/: every field carries a description
 * and an example that the schema itself accepts, and PUBLISHING.md's field tables are the
 * ones its metadata gives (`npm run docs:fields` writes them).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { DOCS_REFS, publishingTables, TABLES_END, TABLES_START } from '../../scripts/lib/contract-docs';
import { dataSchemas, postSchemas, type ContentRefs } from '../../src/schemas';
import { translationSchema } from '../../src/schemas/translation';
import { exampleLine, fieldsOf, metaOf, unwrap } from '../../src/schemas/meta';
import { root } from '../helpers/build';

/** Ids the examples use, and the demo content (the example report is a file there). */
const refs: ContentRefs = {
  contentDir: 'content',
  planStart: '2026-09-01',
  commitmentIds: ['e2ee'],
  regionIds: ['eu-central'],
  personIds: ['maya-okafor', 'daniel-reyes', 'ciso'],
};
const schemas: Record<string, z.ZodType> = { ...postSchemas(refs), ...dataSchemas(refs) };

/** Every field of a schema, with the fields of its list entries: [dotted name, field schema]. */
function allFields(schema: z.ZodType, prefix = ''): [string, z.ZodType][] {
  return Object.entries(fieldsOf(schema) ?? {}).flatMap(([name, field]) => {
    const inner = unwrap(field);
    const entries = inner instanceof z.ZodArray ? allFields(inner.element as z.ZodType, `${prefix}${name}[].`) : [];
    return [[`${prefix}${name}`, field] as [string, z.ZodType], ...entries];
  });
}

describe('every field of the contract', () => {
  for (const collection of Object.keys(schemas)) {
    it(`${collection}: has a description and an example the field accepts`, () => {
      // Built here, not while the file is collected: `npm run mutate` counts only code run in a test.
      const schema = ({ ...postSchemas(refs), ...dataSchemas(refs) } as Record<string, z.ZodType>)[collection]!;
      for (const [name, field] of allFields(schema)) {
        const meta = metaOf(field);
        expect(meta.description, `${collection} ${name}`).toMatch(/^\S.*\.$/);
        expect(meta.example, `${collection} ${name}`).toBeTruthy();
        const key = name.split('.').at(-1)!.replace('[]', '');
        const value = (parse(exampleLine(key, meta.example!)) as Record<string, unknown>)[key];
        const result = field.safeParse(value);
        expect(result.success, `${collection} ${name}: ${exampleLine(key, meta.example!)}\n${result.error?.message}`).toBe(true);
      }
    });
  }

  it('lists each fixed word list once: the schema allows exactly the words its metadata gives', () => {
    const guides = fieldsOf(schemas.guides!)!;
    expect(metaOf(guides.audience!).values).toEqual(['everyone', 'admins', 'developers']);
    expect(guides.audience!.safeParse('admins').success).toBe(true);
    expect(guides.audience!.safeParse('admin').success).toBe(false);
  });
});

describe('PUBLISHING.md', () => {
  it('shows the field tables the schemas give (run `npm run docs:fields` after changing a schema)', () => {
    const text = readFileSync(join(root, 'PUBLISHING.md'), 'utf8');
    const start = text.indexOf(TABLES_START);
    const end = text.indexOf(TABLES_END);
    expect(start).toBeGreaterThan(0);
    const written = text.slice(start, end + TABLES_END.length);
    expect(written).toBe(publishingTables(postSchemas(DOCS_REFS), dataSchemas(DOCS_REFS), translationSchema('en')));
  });

  it('states the range of the week as the schema sets it', () => {
    const text = readFileSync(join(root, 'PUBLISHING.md'), 'utf8');
    expect(text).toContain('| `week` | yes | The week of the plan this update covers (a number). | 1 to 53 | `week: 14` |');
  });
});
