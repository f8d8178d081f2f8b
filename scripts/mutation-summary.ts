/**
 * `npm run mutate:summary`: the mutation score of each folder (src/lib, src/schemas, src/data)
 * from the last `npm run mutate` report (reports/mutation/mutation.json). `-- --files` adds one
 * line per file; `-- --undetected` lists every mutant that no test detected. Another report of
 * the same format can be named: `-- reports/mutation/stryker-incremental.json` (the incremental
 * file keeps the results of a run that was stopped, which mutation.json does not).
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileScores, folderScores, scoreLine, undetectedMutants, type MutationReport } from './lib/mutation-summary.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { files: { type: 'boolean' }, undetected: { type: 'boolean' } } });
const REPORT = positionals[0] ?? 'reports/mutation/mutation.json';
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
