import type { AdvisoryData } from '../../schemas/advisory.ts';
import { splitEntryId } from '../translated-entry.ts';
import type { AdvisoryEntry } from './advisory-order.ts';

/** The facts of an advisory that are the same in every language: only texts are translated. */
function facts(data: AdvisoryData): Record<string, string> {
  const day = (date: Date) => date.toISOString().slice(0, 10);
  return {
    published: day(data.published),
    severity: data.severity,
    status: data.status,
    'affected.everyone': String(data.affected.everyone),
    'affected.kinds': data.affected.kinds.join(', '),
    'affected.districts': data.affected.districts.join(', '),
    lessons: data.lessons.join(', '),
    register: data.register.join(', '),
    'updates (dates)': data.updates.map((update) => day(update.date)).join(', '),
  };
}

/**
 * Translations that disagree with the default language on a fact (severity, status, dates,
 * links), or that have no default-language original. A resident must get the same advice in
 * every language; the message says which file to bring in line.
 */
export function advisoryTranslationErrors(entries: readonly AdvisoryEntry[], defaultLocale: string): string[] {
  const originals = new Map(
    entries
      .filter((entry) => splitEntryId(entry.id).locale === defaultLocale)
      .map((entry) => [splitEntryId(entry.id).slug, entry.data]),
  );
  const errors: string[] = [];
  for (const { id, data } of entries) {
    const { locale, slug } = splitEntryId(id);
    if (locale === defaultLocale) continue;
    const original = originals.get(slug);
    if (!original) {
      errors.push(
        `content/advisories/${id}.mdx has no original content/advisories/${defaultLocale}/${slug}.mdx: write that first, or rename the file to the original's slug.`,
      );
      continue;
    }
    const expected = facts(original);
    for (const [field, value] of Object.entries(facts(data)))
      if (value !== expected[field])
        errors.push(
          `content/advisories/${id}.mdx: ${field} is "${value}" but "${expected[field]}" in content/advisories/${defaultLocale}/${slug}.mdx. Make them the same.`,
        );
  }
  return errors;
}
