import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRegister } from '../../../src/lib/register/load-register.ts';
import { demoCopy, runImport, snapshot } from '../../support/import-run.ts';

const project = join(import.meta.dirname, '..', '..', '..');

/** 300 new devices and a change to 10 existing ones: enough files for a kill to land mid-run. */
function bigImport(dir: string): string {
  const csv = join(dir, 'assets.csv');
  const existing = readRegister(dir, dir)
    .register.entries.filter((entry) => entry.status === 'active')
    .slice(0, 10);
  const rows = [
    ...existing.map(
      (entry) => `${entry.id};${entry.name['en']} (renamed);${entry.name['nl']} (hernoemd);${entry.name['ar']} (2)`,
    ),
    ...Array.from(
      { length: 300 },
      (_, index) => `extra-counter-${index};Counter ${index};Teller ${index};عداد ${index}`,
    ),
  ];
  writeFileSync(csv, ['id;name_en;name_nl;name_ar', ...rows].join('\n'));
  writeFileSync(
    join(dir, 'columns.json'),
    JSON.stringify({
      columns: { id: 'id', name_en: 'name_en', name_nl: 'name_nl', name_ar: 'name_ar' },
      defaults: {
        summary_en: 'Counts cyclists.',
        status: 'active',
        active_from: '2026-01-01',
        kind: 'cyclist-counter',
        technology: 'induction-loop',
        measures_en: 'Cyclists per hour.',
        data_types: 'counts',
        personal_data: 'no',
        purposes: 'mobility',
        processing: 'aggregated',
        retention: 'P1Y',
        storage: 'city-data-centre',
        access: 'open-data',
        organisation: 'city-of-lindenhaven',
        location_type: 'point',
        lat: '52.11',
        lng: '5.105',
        location_description_en: 'In the cycle path.',
        mounted_on: 'underground',
        signage: 'no',
        security_encrypted_in_transit: 'no',
        security_encrypted_at_rest: 'no',
        security_updates: 'remote',
        security_signed_updates: 'yes',
        security_support_until: 'not-stated',
        security_network: 'separated',
        security_disclosure_policy: 'none',
        security_last_review: 'none',
        facts_checked: '2026-11-01',
        facts_checked_team_en: 'Mobility team',
      },
    }),
  );
  return csv;
}

/** Starts an import and kills it with SIGKILL when it reports `step`, or after `afterMs`. */
function killDuring(dir: string, csv: string, how: { step: string } | { afterMs: number }): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        'scripts/register-import.ts',
        csv,
        '--mapping',
        join(dir, 'columns.json'),
        '--content-dir',
        dir,
        '--date',
        '2026-11-30',
      ],
      { cwd: project, env: { ...process.env, REGISTER_IMPORT_PAUSE_AT: 'step' in how ? how.step : '' } },
    );
    child.stderr.on('data', (chunk: Buffer) => {
      if ('step' in how && chunk.toString().includes(`paused at ${how.step}`)) child.kill('SIGKILL');
    });
    if ('afterMs' in how) setTimeout(() => child.kill('SIGKILL'), how.afterMs);
    child.on('exit', () => resolve());
  });
}

describe('register import: all or nothing', { timeout: 120_000 }, () => {
  const reference = demoCopy();
  const before = snapshot(reference);
  const csv = bigImport(reference);
  const done = runImport(reference, csv, '--mapping', join(reference, 'columns.json'));
  const after = snapshot(reference);

  it('writes the whole import in one run', () => {
    expect(done.out).toContain('Imported: 300 new, 10 changed, 0 unchanged, 0 marked removed; 0 flagged changes.');
    expect(Object.keys(after)).toHaveLength(84 + 300);
  });

  it.each([
    [
      'staged',
      'before',
      'An earlier import was interrupted before it changed anything; its unfinished files were removed. content/register/ is as before that import.',
    ],
    [
      'journal',
      'before',
      'An earlier import was interrupted after it had prepared every change; it has now been finished (310 files written). content/register/ is as after that import.',
    ],
    [
      'swapping',
      'missing',
      'An earlier import was interrupted after it had prepared every change; it has now been finished (310 files written). content/register/ is as after that import.',
    ],
  ])(
    'killed at "%s", leaves the register %s, never mixed, and the next run says what it did',
    async (step, state, message) => {
      const dir = demoCopy();
      const file = bigImport(dir);
      await killDuring(dir, file, { step });
      if (state === 'missing') expect(existsSync(join(dir, 'register'))).toBe(false);
      else expect(snapshot(dir)).toEqual(before);
      expect(readRegister(dir, dir).errors.map((error) => error.message)).toContain(
        'An import of the register was interrupted: run "npm run register:import -- --recover" to finish or undo it before anything else.',
      );

      const recovered = runImport(dir, '--recover');
      expect(recovered.out).toBe(`${message}\n`);
      expect(snapshot(dir)).toEqual(message.includes('as after') ? after : before);
      expect(existsSync(join(dir, '.register-import'))).toBe(false);
    },
  );

  it('killed at any moment, leaves the register as before or as after once the next run has cleaned up', async () => {
    for (const afterMs of [300, 900, 1500, 2100]) {
      const dir = demoCopy();
      const file = bigImport(dir);
      await killDuring(dir, file, { afterMs });
      if (existsSync(join(dir, 'register'))) expect([before, after]).toContainEqual(snapshot(dir));
      runImport(dir, '--recover');
      expect([before, after]).toContainEqual(snapshot(dir));
    }
  });
});
