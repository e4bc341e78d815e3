import { distance } from 'fastest-levenshtein';

/** A name as people mean it: capitals, spaces, hyphens and underscores do not tell names apart. */
const normalized = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, '');

/**
 * The known names closest to a mistyped one, for "did you mean ...?": a front-matter key, a YAML
 * field, a spreadsheet column or an import mapping target. One rule for all of them:
 * - the same name written otherwise counts as the same (`learnmore` → `learnMore`,
 *   `Active From` → `active_from`);
 * - else names at most a few typing slips away, one slip per three letters typed and at least two
 *   (`relatedQuizz` → `relatedQuiz`, `retension` → `retention`);
 * - else names that start with what was typed, from three letters on (`desc` → `description`).
 * Only the best of these are given, at most three, in the order they are known.
 */
export function closestNames(typed: string, known: readonly string[]): string[] {
  const wanted = normalized(typed);
  const tolerance = Math.max(2, Math.floor(wanted.length / 3));
  const scored = known
    .map((name) => {
      const candidate = normalized(name);
      const slips = distance(wanted, candidate);
      const prefix = wanted.length >= 3 && (candidate.startsWith(wanted) || wanted.startsWith(candidate));
      return { name, score: slips <= tolerance ? slips : prefix ? tolerance : Infinity };
    })
    .filter(({ score }) => score !== Infinity);
  const best = Math.min(...scored.map(({ score }) => score));
  return scored
    .filter(({ score }) => score === best)
    .slice(0, 3)
    .map(({ name }) => name);
}
