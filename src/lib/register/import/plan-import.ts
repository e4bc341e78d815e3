import { checkEntry } from '../check-entry.ts';
import type { Register } from '../load-register.ts';
import { canonical, changedFields, deepMerge } from './merge.ts';
import type { InputProblem, InputRow } from './read-input.ts';

/** What the import will do with one entry. */
export interface PlannedChange {
  id: string;
  action: 'new' | 'changed' | 'unchanged';
  /** The entry as it will be written (without derived fields). */
  data: Record<string, unknown>;
  /** Fields that changed, for the report and the history note. */
  fields: string[];
}

/** Fields of a register entry that are derived at build time and never written to its file. */
const DERIVED = ['id', 'districts'];

function stored(entry: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entry).filter(([key]) => !DERIVED.includes(key)));
}

/**
 * Decides, row by row, what an import changes, and checks every resulting entry exactly as the
 * build does. A changed entry gets a history event saying what changed; nothing is overwritten
 * silently. Returns every problem; the caller writes nothing unless there are none.
 */
export function planImport(
  rows: readonly InputRow[],
  register: Register,
  options: { today: string; source: string },
): { changes: PlannedChange[]; problems: InputProblem[] } {
  const existing = new Map(
    register.entries.map((entry) => [entry.id, stored(entry as unknown as Record<string, unknown>)]),
  );
  const context = {
    vocabularies: register.vocabularies,
    organisations: register.organisations,
    districts: register.districts,
    today: options.today,
  };
  const seen = new Map<string, string>();
  const changes: PlannedChange[] = [];
  const problems: InputProblem[] = [];

  for (const row of rows) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(row.id)) {
      problems.push({
        where: row.where,
        column: row.columnOf('id'),
        message: `"${row.id}" cannot be an id: use lowercase letters, digits and hyphens (it becomes the file name and the web address).`,
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
    let data = before && !row.complete ? deepMerge(before, row.draft) : { ...row.draft };
    const fields = before ? changedFields(before, data) : Object.keys(data).sort();
    let action: PlannedChange['action'] = before ? 'changed' : 'new';
    if (before && fields.length === 0 && canonical(before['history']) === canonical(data['history'])) {
      action = 'unchanged';
      data = before;
    } else if (before && fields.length > 0 && canonical(before['history']) === canonical(data['history'])) {
      const note = {
        en: `Updated by import from ${options.source}: ${fields.join(', ')}.`,
        nl: `Bijgewerkt via import uit ${options.source}: ${fields.join(', ')}.`,
      };
      data = {
        ...data,
        history: [...(before['history'] as unknown[]), { date: options.today, type: 'changed', note }],
        updated: options.today,
      };
    } else if (!before) {
      data = {
        ...data,
        history: data['history'] ?? [
          {
            date: options.today,
            type: 'registered',
            note: {
              en: `Added to the register by import from ${options.source}.`,
              nl: `Toegevoegd aan het register via import uit ${options.source}.`,
            },
          },
        ],
        created: data['created'] ?? options.today,
        updated: data['updated'] ?? options.today,
      };
    }

    const checked = checkEntry(data, row.id, context);
    problems.push(
      ...checked.issues.map((issue) => ({
        where: row.where,
        column: row.columnOf(issue.path.join('.')),
        message: issue.message,
      })),
    );
    changes.push({ id: row.id, action, data, fields });
  }
  return { changes, problems };
}
