import type { AdvisoryData } from '../../schemas/advisory.ts';
import { splitEntryId } from '../translated-entry.ts';
import type { AdvisoryEntry } from './advisory-order.ts';
import { advisoryFile, type AdvisoryProblem } from './check-references.ts';

/** The facts of an advisory that are the same in every language (only texts are translated), by field path. */
function facts(data: AdvisoryData): [path: string[], value: string][] {
  const day = (date: Date) => date.toISOString().slice(0, 10);
  return [
    [['published'], day(data.published)],
    [['severity'], data.severity],
    [['status'], data.status],
    [['affected', 'everyone'], String(data.affected.everyone)],
    [['affected', 'kinds'], data.affected.kinds.join(', ')],
    [['affected', 'districts'], data.affected.districts.join(', ')],
    [['lessons'], data.lessons.join(', ')],
    [['register'], data.register.join(', ')],
    [['updates'], data.updates.map((update) => day(update.date)).join(', ')],
  ];
}

/** A fact as the message shows it: an empty list is "empty", not "". */
const shown = (value: string) => (value === '' ? 'empty' : `"${value}"`);

/**
 * Translations that disagree with the default language on a fact (severity, status, dates,
 * links), or that have no default-language original. A resident must get the same advice in
 * every language; the message says which file to bring in line.
 */
export function advisoryTranslationErrors(entries: readonly AdvisoryEntry[], defaultLocale: string): AdvisoryProblem[] {
  const originals = new Map(
    entries
      .filter((entry) => splitEntryId(entry.id).locale === defaultLocale)
      .map((entry) => [splitEntryId(entry.id).slug, entry.data]),
  );
  const problems: AdvisoryProblem[] = [];
  for (const { id, data } of entries) {
    const { locale, slug } = splitEntryId(id);
    if (locale === defaultLocale) continue;
    const original = originals.get(slug);
    const originalFile = advisoryFile(`${defaultLocale}/${slug}`);
    if (!original) {
      problems.push({
        id,
        path: [],
        message: `There is no original ${originalFile}: write that first, or rename this file to the original's slug.`,
      });
      continue;
    }
    const expected = new Map(facts(original).map(([path, value]) => [path.join('.'), value]));
    for (const [path, value] of facts(data)) {
      const wanted = expected.get(path.join('.'));
      if (value !== wanted)
        problems.push({
          id,
          path,
          message: `This is ${shown(value)} but ${shown(wanted ?? '')} in ${originalFile}. Make them the same.`,
        });
    }
  }
  return problems;
}
