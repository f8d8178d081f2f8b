/** Mutation scores per folder from a Stryker JSON report (scripts/lib/mutation-summary.ts), on a hand-written report. */
import { describe, expect, it } from 'vitest';
import { fileScores, folderOf, folderScores, scoreLine, undetectedMutants, type MutationReport, type ReportMutant } from '../../scripts/lib/mutation-summary';

const at = (status: string, line: number, column = 1, mutatorName = 'ConditionalExpression', replacement?: string): ReportMutant => ({
  status,
  mutatorName,
  replacement,
  location: { start: { line, column } },
});

const report: MutationReport = {
  files: {
    'src/schemas/post.ts': { mutants: [at('Killed', 3), at('CompileError', 4), at('Ignored', 5)] },
    'src/lib/b.ts': { mutants: [at('Survived', 9, 7, 'StringLiteral', '""'), at('Killed', 2), at('NoCoverage', 2, 3, 'BlockStatement', '{\n  }')] },
    'src/lib/a.ts': { mutants: [at('Killed', 1), at('Timeout', 1), at('RuntimeError', 1), at('Survived', 12, 1, 'EqualityOperator', 'a <= b')] },
    'src/data/posts.ts': { mutants: [at('CompileError', 1), at('Ignored', 2)] },
  },
};

describe('folderOf', () => {
  it('keeps the first two segments of a path', () => {
    expect(folderOf('src/lib/a/b.ts')).toBe('src/lib');
    expect(folderOf('src/data/posts.ts')).toBe('src/data');
  });
});

describe('folderScores', () => {
  it('scores each folder by name, then everything: (killed + timeout) / (those + survived + no coverage), one decimal', () => {
    expect(folderScores(report)).toEqual([
      { name: 'src/data', detected: 0, survived: 0, noCoverage: 0, compileErrors: 1, ignored: 1, score: null },
      { name: 'src/lib', detected: 3, survived: 2, noCoverage: 1, compileErrors: 0, ignored: 0, score: 50 },
      { name: 'src/schemas', detected: 1, survived: 0, noCoverage: 0, compileErrors: 1, ignored: 1, score: 100 },
      { name: 'all', detected: 4, survived: 2, noCoverage: 1, compileErrors: 2, ignored: 2, score: 57.1 },
    ]);
  });
});

describe('fileScores', () => {
  it('scores each file, sorted by path', () => {
    expect(fileScores(report).map((s) => [s.name, s.score])).toEqual([
      ['src/data/posts.ts', null],
      ['src/lib/a.ts', 66.7],
      ['src/lib/b.ts', 33.3],
      ['src/schemas/post.ts', 100],
    ]);
  });
});

describe('undetectedMutants', () => {
  it('lists survivors and uncovered mutants by file, line and column, with the replacement on one line', () => {
    expect(undetectedMutants(report)).toEqual([
      'src/lib/a.ts:12:1 EqualityOperator (Survived) `a <= b`',
      'src/lib/b.ts:2:3 BlockStatement (NoCoverage) `{ }`',
      'src/lib/b.ts:9:7 StringLiteral (Survived) `""`',
    ]);
    expect(undetectedMutants({ files: { 'src/lib/c.ts': { mutants: [at('Survived', 1, 2, 'BooleanLiteral')] } } })).toEqual([
      'src/lib/c.ts:1:2 BooleanLiteral (Survived) ``',
    ]);
  });
});

describe('scoreLine', () => {
  it('writes the name, the score and the counts', () => {
    expect(scoreLine(folderScores(report)[1]!)).toBe(
      'src/lib                                   50.0%  detected 3, survived 2, no coverage 1 (left out: 0 rejected by TypeScript, 0 ignored)',
    );
    expect(scoreLine(folderScores(report)[0]!)).toBe(
      'src/data                                    -    detected 0, survived 0, no coverage 0 (left out: 1 rejected by TypeScript, 1 ignored)',
    );
  });
});
