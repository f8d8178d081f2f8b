/** The check's code job: TypeScript and Astro component types, through the API of `astro check`. */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Problem } from './problems.ts';

/** The type errors of the project (as problems), the number of files checked and of warnings. */
export async function checkTypes(root: string, show: (abs: string) => string): Promise<{ problems: Problem[]; files: number; warnings: number }> {
  const { AstroCheck } = await import('@astrojs/language-server');
  const require = createRequire(import.meta.url);
  const checker = new AstroCheck(root, require.resolve('typescript'), undefined);
  const result = await checker.lint({});
  let warnings = 0;
  const problems: Problem[] = [];
  for (const file of result.fileResult) {
    const path = show(fileURLToPath(file.fileUrl));
    for (const diagnostic of file.errors) {
      if (diagnostic.severity === 2) warnings++;
      if (diagnostic.severity !== 1) continue;
      problems.push({
        file: path,
        line: diagnostic.range.start.line + 1,
        field: '(code)',
        what: `type error ts(${diagnostic.code}): ${String(diagnostic.message).split('\n')[0]!.slice(0, 240)}`,
        fix: 'a problem in the code, not in the content: ask an engineer (details: npm exec -- astro check)',
      });
    }
  }
  return { problems, files: result.fileChecked, warnings };
}
