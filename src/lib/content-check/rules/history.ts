import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { historyProblems } from '../../register/changes/history.ts';
import type { ContentIssue } from '../issue.ts';
import type { SiteContent } from '../read-content.ts';
import { registerFileLines } from '../register-lines.ts';

/**
 * A device's public history only grows, also when someone edits a file by hand: every event of
 * the committed version (git, `HEAD` or the ref in CONTENT_HISTORY_BASE, e.g. origin/main in CI)
 * must still be there, unchanged and in place, or feed readers lose entries and residents lose
 * the record. Without git (a content folder outside a repository, a download) there is nothing to
 * compare with and the rule is skipped; the importer checks the same against the files it replaces.
 */
export function checkHistoryAppendOnly(
  content: SiteContent,
  base = process.env['CONTENT_HISTORY_BASE'] ?? 'HEAD',
): ContentIssue[] {
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
    let history: unknown;
    try {
      history = (parse(text) as { history?: unknown } | null)?.history;
    } catch {
      return;
    }
    if (!Array.isArray(history)) return;
    const problems = historyProblems(entry.id, history, entry.history);
    if (problems.length === 0) return;
    const { file, lineOf } = registerFileLines(content, entry.id);
    for (const message of problems) {
      issues.push({
        severity: 'error',
        file,
        line: lineOf(['history']),
        field: 'history',
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
