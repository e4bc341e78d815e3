import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const project = join(import.meta.dirname, '..', '..');
const content = join(project, 'content');

/** Runs `npm run register:import` on a content tree, dated 2026-11-30 unless the args say otherwise. */
export function runImport(contentDir: string, ...args: string[]) {
  const result = spawnSync(
    process.execPath,
    [
      join(project, 'scripts', 'register-import.ts'),
      '--content-dir',
      contentDir,
      ...(args.includes('--date') ? [] : ['--date', '2026-11-30']),
      ...args,
    ],
    { encoding: 'utf8', cwd: project },
  );
  return { status: result.status, out: result.stdout, err: result.stderr };
}

/** Every file of a content tree's register, by name. */
export function snapshot(dir: string): Record<string, string> {
  const registerDir = join(dir, 'register');
  return Object.fromEntries(
    readdirSync(registerDir).map((name) => [name, readFileSync(join(registerDir, name), 'utf8')]),
  );
}

/** A throwaway copy of the demo register with its vocabularies and districts. */
export function demoCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'import-'));
  cpSync(join(content, 'register'), join(dir, 'register'), { recursive: true });
  cpSync(join(content, 'taxonomy'), join(dir, 'taxonomy'), { recursive: true });
  cpSync(join(content, 'districts.geojson'), join(dir, 'districts.geojson'));
  return dir;
}
