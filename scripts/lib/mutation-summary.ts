/**
 * Mutation scores per folder from Stryker's JSON report (reports/mutation/mutation.json, the
 * mutation-testing-report-schema format), as the issue measures them: src/lib/, src/schemas/,
 * src/data/. Score = detected / (detected + undetected), with detected = Killed + Timeout and
 * undetected = Survived + NoCoverage; mutants TypeScript rejects (CompileError), RuntimeError and
 * Ignored ones (static mutants) are left out, as Stryker does.
 */

/** One mutant as the report lists it (only the fields read here). */
export interface ReportMutant {
  /** Stryker's status: Killed, Survived, NoCoverage, Timeout, CompileError, RuntimeError, Ignored, Pending. */
  status: string;
  /** Mutator name, e.g. "ConditionalExpression". */
  mutatorName: string;
  /** The code that replaces the original, when known. */
  replacement?: string;
  /** Where the mutant is (1-based line and column). */
  location: { start: { line: number; column: number } };
}

/** The part of a Stryker JSON report read here. */
export interface MutationReport {
  /** Path (relative to the project) → its mutants. */
  files: Record<string, { mutants: ReportMutant[] }>;
}

/** Counts and score of one folder (or of one file, or of everything). */
export interface MutationScore {
  /** Folder ("src/lib"), file path, or "all". */
  name: string;
  /** Killed + Timeout. */
  detected: number;
  /** Survived. */
  survived: number;
  /** NoCoverage: no test runs the code. */
  noCoverage: number;
  /** Mutants that TypeScript rejects, left out of the score. */
  compileErrors: number;
  /** Static mutants and other ignored ones, left out of the score. */
  ignored: number;
  /** detected / (detected + survived + noCoverage) in percent, one decimal; null without any scored mutant. */
  score: number | null;
}

/** The folder a file is counted in: its first two path segments ("src/lib/a/b.ts" → "src/lib"). */
export function folderOf(path: string): string {
  return path.split('/').slice(0, 2).join('/');
}

/** Counts the mutants of `mutants` into a score named `name`. */
export function scoreOf(name: string, mutants: readonly ReportMutant[]): MutationScore {
  const count = (...statuses: string[]) => mutants.filter((m) => statuses.includes(m.status)).length;
  const detected = count('Killed', 'Timeout');
  const survived = count('Survived');
  const noCoverage = count('NoCoverage');
  const scored = detected + survived + noCoverage;
  return {
    name,
    detected,
    survived,
    noCoverage,
    compileErrors: count('CompileError'),
    ignored: count('Ignored'),
    score: scored === 0 ? null : Math.round((detected / scored) * 1000) / 10,
  };
}

/** One score per folder (sorted by name), then "all". */
export function folderScores(report: MutationReport): MutationScore[] {
  const byFolder = new Map<string, ReportMutant[]>();
  for (const [path, file] of Object.entries(report.files)) {
    const folder = folderOf(path);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), ...file.mutants]);
  }
  const folders = [...byFolder.keys()].sort().map((folder) => scoreOf(folder, byFolder.get(folder)!));
  return [
    ...folders,
    scoreOf(
      'all',
      Object.values(report.files).flatMap((file) => file.mutants),
    ),
  ];
}

/** One score per file, sorted by path. */
export function fileScores(report: MutationReport): MutationScore[] {
  return Object.keys(report.files)
    .sort()
    .map((path) => scoreOf(path, report.files[path]!.mutants));
}

/** Every mutant no test detected, as "file:line:column Mutator (status) `replacement`", by file and place. */
export function undetectedMutants(report: MutationReport): string[] {
  return Object.keys(report.files)
    .sort()
    .flatMap((path) =>
      report.files[path]!.mutants.filter((m) => m.status === 'Survived' || m.status === 'NoCoverage')
        .sort((a, b) => a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column)
        .map(
          (m) => `${path}:${m.location.start.line}:${m.location.start.column} ${m.mutatorName} (${m.status}) \`${(m.replacement ?? '').replace(/\s+/g, ' ')}\``,
        ),
    );
}

/** A score as a table row: name, score, then the counts. */
export function scoreLine(s: MutationScore): string {
  const score = s.score === null ? '   -  ' : `${s.score.toFixed(1).padStart(5)}%`;
  return `${s.name.padEnd(40)} ${score}  detected ${s.detected}, survived ${s.survived}, no coverage ${s.noCoverage} (left out: ${s.compileErrors} rejected by TypeScript, ${s.ignored} ignored)`;
}
