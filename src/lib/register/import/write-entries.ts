import {
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  copyFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { entryYaml } from './entry-yaml.ts';
import { editEntryText } from './yaml-edit.ts';

/**
 * All or nothing. A run builds the whole new register folder beside the old one
 * (`content/.register-import/next`: unchanged files hard-linked, changed and new ones written),
 * then writes a journal, then swaps the folders with two renames. Killed before the journal
 * exists, the old folder is untouched and the next run throws the staging away; killed after, the
 * next run finishes the swap. `content/register/` is therefore always the complete old or the
 * complete new register; only in the instant between the two renames is it missing, and then the
 * journal says how to finish.
 */
const STAGE = '.register-import';

export interface EntryToWrite {
  id: string;
  data: Record<string, unknown>;
}

/**
 * For tests that kill a run at a given step (staged, journal or swapping): the importer passes
 * REGISTER_IMPORT_PAUSE_AT here.
 */
function pauseFor(step: string, pauseAt: string | undefined): void {
  if (pauseAt !== step) return;
  process.stderr.write(`paused at ${step}\n`);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
}

/** Where a run prepares the new register; its presence means a run did not finish. */
export const stageDir = (contentDir: string) => join(contentDir, STAGE);

/** Writes the entries into content/register/ all at once: every one of them, or none. */
export function writeEntries(contentDir: string, entries: readonly EntryToWrite[], pauseAt?: string): void {
  const registerDir = join(contentDir, 'register');
  const stage = stageDir(contentDir);
  const next = join(stage, 'next');
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(next, { recursive: true });

  const changed = new Map(entries.map((entry) => [`${entry.id}.yaml`, entry.data]));
  for (const name of existsSync(registerDir) ? readdirSync(registerDir) : []) {
    const source = join(registerDir, name);
    const data = changed.get(name);
    if (data) {
      writeFileSync(join(next, name), editEntryText(readFileSync(source, 'utf8'), data));
      changed.delete(name);
    } else {
      try {
        linkSync(source, join(next, name));
      } catch {
        copyFileSync(source, join(next, name));
      }
    }
  }
  for (const [name, data] of changed) writeFileSync(join(next, name), entryYaml(data));
  pauseFor('staged', pauseAt);

  // The journal is the moment of commitment: from here on, the next run finishes the swap.
  writeFileSync(join(stage, 'journal.tmp'), JSON.stringify({ written: entries.length }));
  renameSync(join(stage, 'journal.tmp'), join(stage, 'journal.json'));
  pauseFor('journal', pauseAt);
  finishSwap(contentDir, pauseAt);
}

/** The steps after the journal: old folder aside, new folder in, staging away. Safe to repeat. */
function finishSwap(contentDir: string, pauseAt?: string): void {
  const registerDir = join(contentDir, 'register');
  const stage = stageDir(contentDir);
  const next = join(stage, 'next');
  if (existsSync(next)) {
    if (existsSync(registerDir)) renameSync(registerDir, join(stage, 'previous'));
    pauseFor('swapping', pauseAt);
    renameSync(next, registerDir);
  }
  rmSync(stage, { recursive: true, force: true });
}

/**
 * Finishes or undoes a run that was killed, before anything else reads the register. Returns a
 * sentence saying what happened, or undefined when there was nothing to do.
 */
export function recoverInterruptedImport(contentDir: string, pauseAt?: string): string | undefined {
  const stage = stageDir(contentDir);
  if (!existsSync(stage)) return undefined;
  if (existsSync(join(stage, 'journal.json'))) {
    const { written } = JSON.parse(readFileSync(join(stage, 'journal.json'), 'utf8')) as { written: number };
    finishSwap(contentDir, pauseAt);
    return `An earlier import was interrupted after it had prepared every change; it has now been finished (${written} file${written === 1 ? '' : 's'} written). content/register/ is as after that import.`;
  }
  rmSync(stage, { recursive: true, force: true });
  return 'An earlier import was interrupted before it changed anything; its unfinished files were removed. content/register/ is as before that import.';
}
