import { FACTS } from '../../../lib/register/changes/facts.ts';
import type { FactWords } from '../../../lib/register/changes/words.ts';
import type { PlannedChange, PlannedFact } from './plan-import.ts';
import type { InputProblem } from './input-problem.ts';

const NAME = FACTS.find((fact) => fact.path.join('.') === 'name')!;

/** How many problems a run lists before it only counts the rest: a screenful. */
export const PROBLEM_CAP = 50;

export const ACCEPT_FLAG = '--accept-flagged-changes';
export const REMOVE_FLAG = '--mark-missing-as-removed';

/** `row 4, column Bewaartermijn: problem`, at most PROBLEM_CAP of them, then how many more. */
export function formatProblems(file: string, problems: readonly InputProblem[]): string {
  const lines = problems
    .slice(0, PROBLEM_CAP)
    .map((problem) => `  ${problem.where}${problem.column ? `, column ${problem.column}` : ''}: ${problem.message}`);
  if (problems.length > PROBLEM_CAP) lines.push(`  … and ${problems.length - PROBLEM_CAP} more.`);
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return [`${file}: ${count}; nothing was written. Fix them all and import again.`, ...lines].join('\n');
}

/** One fact as "Label: old → new" in the register team's language; texts per language, quoted. */
function factLines(fact: PlannedFact, words: FactWords, locales: readonly string[]): string[] {
  const label = words.label(fact.fact);
  const flag = fact.flag ? `   [needs ${ACCEPT_FLAG}: ${fact.flag}]` : '';
  if (fact.fact.kind === 'text') {
    const [old, now] = [(fact.before ?? {}) as Record<string, string>, (fact.after ?? {}) as Record<string, string>];
    const changed = locales.filter((code) => old[code] !== now[code]);
    return changed.map(
      (code, index) =>
        `    ${label} (${code}): ${quote(old[code])} → ${quote(now[code])}${index === changed.length - 1 ? flag : ''}`,
    );
  }
  const [from, to] = [words.value(fact.fact, fact.before), words.value(fact.fact, fact.after)];
  return [`    ${label}: ${from || '(empty)'} → ${to || '(empty)'}${flag}`];
}

const quote = (text: string | undefined) => (text === undefined ? '(empty)' : `“${text}”`);

export interface Totals {
  new: number;
  changed: number;
  unchanged: number;
  removed: number;
  flagged: number;
}

export function totals(changes: readonly PlannedChange[]): Totals {
  const count = (action: PlannedChange['action']) => changes.filter((change) => change.action === action).length;
  return {
    new: count('new'),
    changed: count('changed'),
    unchanged: count('unchanged'),
    removed: count('removed'),
    flagged: changes.reduce((sum, change) => sum + change.facts.filter((fact) => fact.flag).length, 0),
  };
}

export const totalsLine = (t: Totals): string =>
  `${t.new} new, ${t.changed} changed, ${t.unchanged} unchanged, ${t.removed} marked removed; ${t.flagged} flagged change${t.flagged === 1 ? '' : 's'}`;

/**
 * What an import will do, device by device, in words: each changed fact with its old and new
 * value under the label the sensor page uses, flagged facts marked, then the devices the file
 * does not have, then the totals.
 */
export function formatPreview(
  changes: readonly PlannedChange[],
  missing: readonly string[],
  words: FactWords,
  locales: readonly string[],
  markMissing: boolean,
): string {
  const lines: string[] = [];
  for (const change of changes) {
    if (change.action === 'unchanged') continue;
    const name = words.value(NAME, change.data['name']);
    lines.push(change.action === 'new' && name ? `new ${change.id}: ${name}` : `${change.action} ${change.id}`);
    for (const fact of change.facts) lines.push(...factLines(fact, words, locales));
    if (change.action === 'changed' && change.facts.length === 0) lines.push('    New history events only.');
  }
  const flagged = changes.flatMap((change) =>
    change.facts.filter((fact) => fact.flag).map((fact) => ({ change, fact })),
  );
  if (flagged.length > 0) {
    lines.push(
      '',
      `${flagged.length} change${flagged.length === 1 ? '' : 's'} would make a device look less intrusive or better secured than before, or keep data longer:`,
      ...flagged.map(({ change, fact }) => `  ${change.id}: ${words.label(fact.fact)} (${fact.flag})`),
      `Check them with the owner of each device; they are written only with ${ACCEPT_FLAG}.`,
    );
  }
  if (missing.length > 0 && !markMissing) {
    const shown = missing.slice(0, 20).join(', ') + (missing.length > 20 ? ` … and ${missing.length - 20} more` : '');
    lines.push(
      '',
      `${missing.length} device${missing.length === 1 ? ' is' : 's are'} in the register but not in the file, and stay${missing.length === 1 ? 's' : ''} as ${missing.length === 1 ? 'it is' : 'they are'}: ${shown}.`,
      `If they are gone, ${REMOVE_FLAG} gives them status removed and a history event (files are never deleted).`,
    );
  }
  lines.push('', `Summary: ${totalsLine(totals(changes))}.`);
  return lines.join('\n').replace(/^\n/, '');
}
