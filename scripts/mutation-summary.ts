/**
 * `npm run mutate:summary`: the mutation score of each folder (src/lib, src/schemas, src/data)
 * from the last `npm run mutate` report (reports/mutation/mutation.json). `-- --files` adds one
 * line per file; `-- --undetected` lists every mutant that no test detected.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileScores, folderScores, scoreLine, undetectedMutants, type MutationReport } from './lib/mutation-summary.ts';

const REPORT = 'reports/mutation/mutation.json';
const { values } = parseArgs({ options: { files: { type: 'boolean' }, undetected: { type: 'boolean' } } });
if (!existsSync(REPORT)) {
  console.error(`${REPORT} does not exist: run npm run mutate first (see README, "Mutation testing").`);
  process.exit(2);
}
const report = JSON.parse(readFileSync(REPORT, 'utf8')) as MutationReport;
for (const score of folderScores(report)) console.log(scoreLine(score));
if (values.files) {
  console.log('');
  for (const score of fileScores(report)) console.log(scoreLine(score));
}
if (values.undetected) {
  console.log('');
  for (const line of undetectedMutants(report)) console.log(line);
}
