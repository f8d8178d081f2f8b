/**
 * Reads the ids declared in the YAML data files (commitments, regions, people) so that
 * the content schemas can check every reference against them.
 */
import { readDataList } from './data-files.ts';

/**
 * Ids declared in one YAML list file, in file order. Returns an empty list when the file
 * cannot be read, and does not throw: it runs while Astro loads content.config.ts, where a
 * throw becomes a GenerateContentTypesError whose hint blames content.config.ts (and Astro's
 * content layer only logs a config that fails to load, then skips the sync). The data file's
 * loader, and every post loader before it checks a post, throw the file's own error instead
 * (assertDataFilesReadable), which stops the build; `npm run check` reads the files first.
 */
export function readIds(contentDir: string, file: string): string[] {
  try {
    return readDataList(contentDir, file)
      .map((item) => item.id)
      .filter((id): id is string => typeof id === 'string' && id.length > 0);
  } catch {
    return [];
  }
}
