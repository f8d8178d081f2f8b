/**
 * Reads the ids declared in the YAML data files (commitments, regions, people) so that
 * the content schemas can check every reference against them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** Ids declared in one YAML list file, in file order; empty when the file is missing or malformed (its own schema reports why). */
export function readIds(contentDir: string, file: string): string[] {
  const path = join(contentDir, file);
  if (!existsSync(path)) return [];
  try {
    const data: unknown = parse(readFileSync(path, 'utf8'));
    if (!Array.isArray(data)) return [];
    return data
      .map((item) => (item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined))
      .filter((id): id is string => typeof id === 'string' && id.length > 0);
  } catch {
    return [];
  }
}
