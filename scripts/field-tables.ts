/**
 * `npm run docs:fields`: writes the field tables of PUBLISHING.md from the schemas' metadata
 * (src/schemas/), between its two marks. tests/unit/contract.test.ts fails while they differ.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataSchemas, postSchemas } from '../src/schemas/index.ts';
import { translationSchema } from '../src/schemas/translation.ts';
import { DOCS_REFS, publishingTables, TABLES_END, TABLES_START } from './lib/contract-docs.ts';

const file = join(process.cwd(), 'PUBLISHING.md');
const text = readFileSync(file, 'utf8');
const start = text.indexOf(TABLES_START);
const end = text.indexOf(TABLES_END);
if (start < 0 || end < start) {
  console.error(`PUBLISHING.md has no section between\n${TABLES_START}\nand\n${TABLES_END}\nAdd the two lines where the tables go.`);
  process.exit(1);
}
const tables = publishingTables(postSchemas(DOCS_REFS), dataSchemas(DOCS_REFS), translationSchema('en'));
writeFileSync(file, text.slice(0, start) + tables + text.slice(end + TABLES_END.length));
console.log('PUBLISHING.md: field tables written from src/schemas/.');
