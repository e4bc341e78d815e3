/** A problem in a content file, said so that an editor can find and fix it. */
export interface ContentError {
  /** Path from the project root, e.g. content/register/anpr-centrum-01.yaml. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number | undefined;
  /** Dotted path of the field, e.g. legalBasis.basis; empty for the whole file. */
  field: string;
  /** What is wrong and what to do. */
  message: string;
}

/** One line per error: `content/register/x.yaml:12 legalBasis.basis: ...`. */
export function formatContentError(error: ContentError): string {
  const where = error.line ? `${error.file}:${error.line}` : error.file;
  return error.field ? `${where} ${error.field}: ${error.message}` : `${where}: ${error.message}`;
}

/** Where an error is, as Astro's dev error page reads it. */
interface ErrorLocation {
  file: string;
  line: number;
  column: number;
}

/**
 * Thrown when content cannot be built; its message lists every error, grouped by file. `errors`
 * is for Astro's dev error page, which shows it instead of a stack trace: the same list, and the
 * lines around the first error that has a line.
 */
export class ContentErrors extends Error {
  readonly errors: readonly [{ message: string; loc?: ErrorLocation }];
  constructor(errors: readonly ContentError[]) {
    const count = `${errors.length} content error${errors.length === 1 ? '' : 's'}`;
    super(`${count}:\n${errors.map((error) => `  ${formatContentError(error)}`).join('\n')}`);
    this.name = 'ContentErrors';
    const located = errors.find((error) => error.line);
    this.errors = [
      { message: this.message, ...(located?.line ? { loc: { file: located.file, line: located.line, column: 1 } } : {}) },
    ];
  }
}
