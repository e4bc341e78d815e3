import { ContentErrors } from '../lib/content/content-error.ts';
import { readFacts } from '../lib/facts.ts';
import type { Fact } from '../schemas/facts.ts';
import { siteContentDir } from './content-dir.ts';

let cached: Fact[] | undefined;

/** The site's facts, read once per build; errors in the file stop the build. */
export function siteFacts(): Fact[] {
  if (!cached) {
    const { facts, errors } = readFacts(siteContentDir());
    if (errors.length > 0) throw new ContentErrors(errors);
    cached = facts;
  }
  return cached;
}
