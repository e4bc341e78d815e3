import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { historyProblems } from '../../register/changes/history.ts';
import { changedFacts } from '../../register/changes/facts.ts';
import { uiStrings } from '../../register/changes/words.ts';
import type { ContentIssue } from '../issue.ts';
import type { SiteContent } from '../read-content.ts';
import { registerFileLines } from '../register-lines.ts';

/**
 * A device's public history only grows, also when someone edits a file by hand: every event of
 * the committed version (git, `HEAD` or the ref in CONTENT_HISTORY_BASE, e.g. origin/main in CI)
 * must still be there, unchanged and in place, or feed readers lose entries and residents lose
 * the record; and a changed fact needs a new event and a new `updated` day. Without git (a content folder outside a repository, a download) there is nothing to
 * compare with and the rule is skipped; the importer checks the same against the files it replaces.
 */
export function checkHistoryAppendOnly(content: SiteContent, base = 'HEAD'): ContentIssue[] {
  const registerDir = join(content.source.contentDir, 'register');
  const ids = content.register.entries.map((entry) => entry.id);
  if (ids.length === 0 || !existsSync(registerDir)) return [];
  const top = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: registerDir, encoding: 'utf8' });
  if (top.status !== 0) return [];
  const root = top.stdout.trim();
  const paths = ids.map((id) =>
    relative(root, join(registerDir, `${id}.yaml`))
      .split('\\')
      .join('/'),
  );
  const batch = spawnSync('git', ['cat-file', '--batch'], {
    cwd: root,
    input: paths.map((path) => `${base}:${path}`).join('\n') + '\n',
    maxBuffer: 1024 * 1024 * 1024,
  });
  if (batch.status !== 0) return [];
  const committed = readBatch(batch.stdout);

  const issues: ContentIssue[] = [];
  content.register.entries.forEach((entry, index) => {
    const text = committed[index];
    if (text === undefined) return; // A new file: no published history yet.
    // Most files are as committed; only an edited one is worth parsing.
    if (text === readFileSync(join(registerDir, `${entry.id}.yaml`), 'utf8')) return;
    let published: { history?: unknown; updated?: unknown } | null;
    try {
      published = parse(text) as typeof published;
    } catch {
      return;
    }
    const history = published?.history;
    if (!Array.isArray(history)) return;
    const problems = historyProblems(entry.id, history, entry.history).map((message) => ({
      field: 'history',
      message,
    }));
    // A changed fact is news for residents: it needs its own event and a new `updated` day.
    // Confirming the facts with the owner (factsChecked) changes none of them: no event needed.
    const facts = changedFacts(published, entry).filter(({ fact }) => fact.path[0] !== 'factsChecked');
    if (facts.length > 0 && problems.length === 0) {
      const labels = facts.map(({ fact }) => uiStrings(content.source.defaultLocale)[fact.label] ?? fact.label);
      const what = [...new Set(labels)].join(', ');
      if (entry.history.length === history.length)
        problems.push({
          field: 'history',
          message: `${entry.id}: ${what} changed but no history event says so: add one (type changed) that tells residents what changed.`,
        });
      if (entry.updated === published?.updated)
        problems.push({
          field: 'updated',
          message: `${entry.id}: ${what} changed but updated is still ${entry.updated}: write the day of the change.`,
        });
    }
    if (problems.length === 0) return;
    const { file, lineOf } = registerFileLines(content, entry.id);
    for (const { field, message } of problems) {
      issues.push({
        severity: 'error',
        file,
        line: lineOf([field]),
        field,
        message: `${message} (compared with ${base} in git)`,
      });
    }
  });
  return issues;
}

/** The objects of `git cat-file --batch` output, in request order; undefined for a missing one. */
function readBatch(output: Buffer): (string | undefined)[] {
  const objects: (string | undefined)[] = [];
  let offset = 0;
  while (offset < output.length) {
    const newline = output.indexOf(0x0a, offset);
    const header = output.subarray(offset, newline).toString('utf8');
    offset = newline + 1;
    const match = / blob (\d+)$/.exec(header);
    if (!match) {
      objects.push(undefined);
      continue;
    }
    const size = Number(match[1]);
    objects.push(output.subarray(offset, offset + size).toString('utf8'));
    offset += size + 1;
  }
  return objects;
}
