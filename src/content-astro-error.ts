/**
 * A content file's problems as Astro's own error type (`AstroError` from astro/errors, as
 * Starlight throws it): Astro prints it as `[ContentFileError] <the problems>` with the hint
 * and the file's location. src/lib stays free of Astro, so its ContentFileError is converted
 * here, where the loaders run. The problems travel with the error: `npm run check`'s sync
 * step (scripts/lib/check-sync.ts) prints them as the check prints its own.
 */
import { AstroError } from 'astro/errors';
import type { Loader } from 'astro/loaders';
import { ContentFileError, type ContentProblem } from './lib/content-error';

/** Astro's error for a content file that cannot be used: message, hint and location of a ContentFileError. */
export class ContentAstroError extends AstroError {
  /** Every problem found, first one first. */
  readonly problems: ContentProblem[];
  /** Where Astro points the reader: the first problem's file, line and column. */
  readonly loc: ContentFileError['loc'];

  constructor(error: ContentFileError) {
    super(error.message, error.hint);
    this.name = error.name;
    this.problems = error.problems;
    this.loc = error.loc;
    // Where the problem was found (the loader's call), not where it was converted.
    this.stack = error.stack;
  }
}

/** The loader, whose ContentFileError becomes a ContentAstroError; anything else is thrown as it is. */
export function withAstroErrors(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      try {
        return await loader.load(context);
      } catch (error) {
        throw error instanceof ContentFileError ? new ContentAstroError(error) : error;
      }
    },
  };
}
