import { checkEntry } from '../../../lib/register/check-entry.ts';
import { textsWhere } from '../../../lib/content/text-fields.ts';
import { CONTROL_MESSAGE, controlCharacters, hasControlCharacter } from '../../../schemas/text-characters.ts';
import type { Register } from '../../../lib/register/load-register.ts';
import { valueAt } from '../../../lib/content/schema-fields.ts';
import { changedFacts, type FactChange } from '../../../lib/register/changes/facts.ts';
import { flagReason } from '../changes/flags.ts';
import { historyProblems } from '../../../lib/register/changes/history.ts';
import {
  hasLossMark,
  lostCharacters,
  lostCharactersMessage,
  questionMarksIn1252Message,
  stringsIn,
} from '../changes/lost-characters.ts';
import { factWords } from '../../../lib/register/changes/words.ts';
import { deepMerge } from './merge.ts';
import type { InputProblem } from './input-problem.ts';
import type { InputRow } from './read-input.ts';
import { reservedIdProblem, SENSOR_ID } from '../../../lib/register/sensor-id.ts';

/** One changed fact of a device, and why it needs confirming when it does. */
export interface PlannedFact extends FactChange {
  flag?: string | undefined;
}

/** What the import will do with one device. */
export interface PlannedChange {
  id: string;
  action: 'new' | 'changed' | 'unchanged' | 'removed';
  /** The entry as it will be written (without derived fields). */
  data: Record<string, unknown>;
  /** The entry as it is now, for a changed or removed device. */
  before?: Record<string, unknown> | undefined;
  /** The facts that change (empty for a new device). */
  facts: PlannedFact[];
}

export interface ImportOptions {
  /** YYYY-MM-DD: the date of the history events and of `updated`. */
  today: string;
  locales: readonly string[];
  defaultLocale: string;
  /** Give devices that are in the register but not in the file status removed and a history event. */
  markMissingAsRemoved?: boolean;
  /** How a CSV was decoded ("Windows-1252", "UTF-8" ...), so that a lossy save can be named. */
  encoding?: string | undefined;
}

/** Fields of a register entry that are derived at build time and never written to its file. */
const DERIVED = ['id', 'districts'];

function stored(entry: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entry).filter(([key]) => !DERIVED.includes(key)));
}

/**
 * Decides, row by row, what an import changes, and checks every resulting entry exactly as the
 * build does. An import changes only what its columns hold: `defaults` fill new devices only, a
 * device's history only grows, and every changed device gets one history event in every site
 * language and a new `updated` day. Returns every problem; the caller writes nothing unless there
 * are none, and nothing flagged unless told to.
 */
export function planImport(
  rows: readonly InputRow[],
  register: Register,
  options: ImportOptions,
): { changes: PlannedChange[]; problems: InputProblem[]; missing: string[] } {
  const existing = new Map(
    register.entries.map((entry) => [entry.id, stored(entry as unknown as Record<string, unknown>)]),
  );
  const context = {
    vocabularies: register.vocabularies,
    organisations: register.organisations,
    districts: register.districts,
    today: options.today,
  };
  const words = options.locales.map((locale) => ({
    locale,
    words: factWords(register, locale, options.defaultLocale),
  }));
  const note = (sentences: (w: (typeof words)[number]['words']) => string) =>
    Object.fromEntries(words.map(({ locale, words: w }) => [locale, sentences(w)]));

  const seen = new Map<string, string>();
  const changes: PlannedChange[] = [];
  const problems: InputProblem[] = [];

  for (const row of rows) {
    if (!SENSOR_ID.test(row.id) || reservedIdProblem(row.id)) {
      problems.push({
        where: row.where,
        column: row.columnOf('id'),
        message: !row.id
          ? 'The id is empty: every row needs the id of its device.'
          : (reservedIdProblem(row.id) ??
            `"${row.id}" cannot be an id: use lowercase letters, digits and hyphens (it becomes the file name and the web address).`),
      });
      continue;
    }
    if (seen.has(row.id)) {
      problems.push({
        where: row.where,
        column: row.columnOf('id'),
        message: `"${row.id}" is also in ${seen.get(row.id)}; each device once.`,
      });
      continue;
    }
    seen.set(row.id, row.where);

    const before = existing.get(row.id);
    let change: PlannedChange;
    if (before) {
      const merged = row.complete ? { ...row.draft } : deepMerge(before, row.draft);
      const pastEvents = before['history'] as unknown[];
      const incoming = (merged['history'] as unknown[] | undefined) ?? pastEvents;
      for (const message of historyProblems(row.id, pastEvents, incoming)) {
        problems.push({ where: row.where, column: row.columnOf('history'), message });
      }
      const facts = changedFacts(before, merged).map((fact) => ({
        ...fact,
        flag: flagReason(fact, options.locales, options.defaultLocale),
      }));
      for (const fact of facts) {
        for (const { path, text } of stringsIn(fact.after)) {
          const old = valueAt(fact.before, path);
          const lost = typeof old === 'string' ? lostCharacters(old, text) : undefined;
          const message = lost
            ? lostCharactersMessage(text, lost, options.encoding)
            : options.encoding === 'Windows-1252' && hasLossMark(text)
              ? questionMarksIn1252Message()
              : undefined;
          if (message)
            problems.push({ where: row.where, column: row.columnOf([...fact.fact.path, ...path].join('.')), message });
        }
      }
      const addedEvents = incoming.length > pastEvents.length;
      // Bookkeeping belongs to the importer: created never moves, updated moves with a change.
      const data: Record<string, unknown> = { ...merged, created: before['created'], updated: before['updated'] };
      if (facts.length === 0 && !addedEvents) {
        change = { id: row.id, action: 'unchanged', data: before, before, facts };
      } else {
        const event = { date: options.today, type: 'changed', note: note((w) => facts.map(w.sentence).join(' ')) };
        data['history'] = addedEvents || facts.length === 0 ? incoming : [...pastEvents, event];
        data['updated'] = options.today;
        change = { id: row.id, action: 'changed', data, before, facts };
      }
    } else {
      const data = deepMerge(row.defaults ?? {}, row.draft);
      data['history'] ??= [
        { date: options.today, type: 'registered', note: note((w) => w.t('historyNote.registered')) },
      ];
      data['created'] ??= options.today;
      data['updated'] ??= options.today;
      if (options.encoding === 'Windows-1252') {
        for (const { path, text } of stringsIn(row.draft)) {
          if (hasLossMark(text))
            problems.push({
              where: row.where,
              column: row.columnOf(path.join('.')),
              message: questionMarksIn1252Message(),
            });
        }
      }
      change = { id: row.id, action: 'new', data, facts: [] };
    }

    // The content check refuses these in a register file, so writing one would stop the next build.
    for (const { path, value } of textsWhere(change.data, hasControlCharacter)) {
      problems.push({
        where: row.where,
        column: row.columnOf(path.join('.')),
        message: CONTROL_MESSAGE(controlCharacters(value)),
      });
    }
    const checked = checkEntry(change.data, row.id, context);
    problems.push(
      ...checked.issues.map((issue) => ({
        where: row.where,
        column: row.columnOf(issue.path.join('.')),
        message: issue.message,
      })),
    );
    changes.push(change);
  }

  const missing = [...existing.keys()].filter((id) => !seen.has(id) && existing.get(id)!['status'] !== 'removed');
  if (options.markMissingAsRemoved) {
    for (const id of missing) {
      const before = existing.get(id)!;
      const data: Record<string, unknown> = { ...before, status: 'removed' };
      data['activeUntil'] ??= options.today;
      const facts = changedFacts(before, data);
      data['history'] = [
        ...(before['history'] as unknown[]),
        { date: options.today, type: 'removed', note: note((w) => w.t('historyNote.markedRemoved')) },
      ];
      data['updated'] = options.today;
      changes.push({ id, action: 'removed', data, before, facts });
    }
  }
  return { changes, problems, missing };
}
