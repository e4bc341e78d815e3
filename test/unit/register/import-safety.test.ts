import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { demoCopy, runImport, snapshot } from '../../support/import-run.ts';
import { contentTree, validEntry } from '../../support/content-tree.ts';

/** The import of the issue: a sound-meter spreadsheet row that carries the ANPR camera's id. */
function anprAsSoundMeter(dir: string) {
  const csv = join(dir, 'assets.csv');
  const mapping = join(dir, 'columns.json');
  writeFileSync(
    csv,
    [
      'Asset;Omschrijving EN;Persoonsgegevens;Gegevens;Bewaartermijn;Ondersteuning;Meldbeleid',
      'anpr-centrum-01;Measures sound levels in decibels. It records no sound and no images.;Nee;measurements;P1Y;not-stated;none',
    ].join('\r\n'),
  );
  writeFileSync(
    mapping,
    JSON.stringify({
      columns: {
        Asset: 'id',
        'Omschrijving EN': 'summary_en',
        Persoonsgegevens: 'personal_data',
        Gegevens: 'data_types',
        Bewaartermijn: 'retention',
        Ondersteuning: 'security_support_until',
        Meldbeleid: 'security_disclosure_policy',
      },
      values: { personal_data: { Ja: 'yes', Nee: 'no' } },
      defaults: { kind: 'noise-meter', technology: 'microphone', retention: 'P1Y' },
    }),
  );
  return { csv, mapping };
}

describe('register import: no published fact changes unseen', { timeout: 60_000 }, () => {
  it('refuses the import that would turn the ANPR camera into a sound meter, listing what it flags, and writes nothing', () => {
    const dir = demoCopy();
    const before = snapshot(dir);
    const { csv, mapping } = anprAsSoundMeter(dir);
    const result = runImport(dir, csv, '--mapping', mapping);
    expect(result.status).toBe(1);
    expect(result.out).toContain(
      [
        'changed anpr-centrum-01',
        '    Summary (en): “Reads the licence plate of every motor vehicle that enters the environmental zone over the Westersingel bridge and checks whether it is allowed in. Plates of allowed vehicles are deleted within minutes.” → “Measures sound levels in decibels. It records no sound and no images.”   [needs --accept-flagged-changes: changes the en text while nl, ar still say the old one]',
        '    Data collected: Licence plates, Images, and Location → Measurements   [needs --accept-flagged-changes: removes data types it collects (licence-plates, images, location)]',
        '    Personal data: Yes → No   [needs --accept-flagged-changes: says the device no longer processes personal data]',
        '    How long data is kept: 28 days → 1 year   [needs --accept-flagged-changes: keeps data longer]',
        '    Vendor updates promised until: December 31, 2028 → The vendor has not said',
        '    Reporting a weakness: https://www.zonecontrol.example/responsible-disclosure → The vendor publishes no way to report a weakness: tell the city’s CERT',
        '',
        '4 changes would make a device look less intrusive or better secured than before, or keep data longer:',
        '  anpr-centrum-01: Summary (changes the en text while nl, ar still say the old one)',
        '  anpr-centrum-01: Data collected (removes data types it collects (licence-plates, images, location))',
        '  anpr-centrum-01: Personal data (says the device no longer processes personal data)',
        '  anpr-centrum-01: How long data is kept (keeps data longer)',
        'Check them with the owner of each device; they are written only with --accept-flagged-changes.',
      ].join('\n'),
    );
    expect(result.out).toContain('Summary: 0 new, 1 changed, 0 unchanged, 0 marked removed; 4 flagged changes.');
    expect(result.err).toBe('Nothing was written: 4 flagged changes need --accept-flagged-changes.\n');
    expect(snapshot(dir)).toEqual(before);
  });

  it('flags a security fact that improves, and writes it with the flag, changing only its lines', () => {
    const dir = demoCopy();
    const before = snapshot(dir)['anpr-centrum-01.yaml']!;
    const csv = join(dir, 'security.csv');
    writeFileSync(
      csv,
      'id,security_conformity,security_encrypted_at_rest\nanpr-centrum-01,iec-62443-4-2; etsi-en-303-645,yes\n',
    );
    const refused = runImport(dir, csv);
    expect(refused.out).toContain(
      '    Security standards claimed: IEC 62443-4-2 (industrial control components) → IEC 62443-4-2 (industrial control components) and ETSI EN 303 645 (security of connected consumer devices)   [needs --accept-flagged-changes: claims conformity with etsi-en-303-645]',
    );
    expect(refused.status).toBe(1);

    const accepted = runImport(dir, csv, '--accept-flagged-changes');
    expect(accepted.status).toBe(0);
    expect(accepted.out).toContain('Imported: 0 new, 1 changed, 0 unchanged, 0 marked removed; 1 flagged change.');
    const after = snapshot(dir)['anpr-centrum-01.yaml']!;
    // Lines new to the file (the event's "type: changed" and "note:" lines exist in older events too).
    const removed = before.split('\n').filter((line) => !after.split('\n').includes(line));
    const added = after.split('\n').filter((line) => !before.split('\n').includes(line));
    expect(after.split('\n').length - before.split('\n').length).toBe(6);
    expect(removed).toEqual(['  conformity: [iec-62443-4-2]', 'updated: 2024-06-03']);
    expect(added).toEqual([
      '  conformity: [iec-62443-4-2, etsi-en-303-645]',
      '  - date: 2026-11-30',
      '      en: "Security standards claimed: changed from IEC 62443-4-2 (industrial control components) to IEC 62443-4-2 (industrial control components) and ETSI EN 303 645 (security of connected consumer devices)."',
      '      nl: "Geclaimde beveiligingsnormen: gewijzigd van IEC 62443-4-2 (industriële besturingscomponenten) naar IEC 62443-4-2 (industriële besturingscomponenten) en ETSI EN 303 645 (beveiliging van slimme apparaten)."',
      '      ar: "معايير الأمان المعلنة: تغيّر من IEC 62443-4-2 (مكوّنات التحكم الصناعي) إلى IEC 62443-4-2 (مكوّنات التحكم الصناعي) وETSI EN 303 645 (أمان الأجهزة المتصلة)."',
      'updated: 2026-11-30',
    ]);
    // The quoted "yes" that did not change stays quoted.
    expect(after).toContain('  encryptedAtRest: "yes"');
  });

  it('fills defaults into new devices only and writes history notes in every language from the field labels', () => {
    const dir = contentTree({ 'cyclist-counter-centrum-01.yaml': validEntry() });
    const csv = join(dir, 'assets.csv');
    const mapping = join(dir, 'columns.json');
    writeFileSync(csv, 'Asset ID;Bewaartermijn\ncyclist-counter-centrum-01;P1Y\n');
    writeFileSync(
      mapping,
      JSON.stringify({ columns: { 'Asset ID': 'id', Bewaartermijn: 'retention' }, defaults: { signage: 'yes' } }),
    );
    const dry = runImport(dir, csv, '--mapping', mapping, '--dry-run');
    expect(dry.out).toContain('changed cyclist-counter-centrum-01\n    How long data is kept: 5 years → 1 year\n');
    expect(dry.out).toContain(
      'Summary: 0 new, 1 changed, 0 unchanged, 0 marked removed; 0 flagged changes.\nDry run: nothing was written.',
    );
    expect(parse(snapshot(dir)['cyclist-counter-centrum-01.yaml']!).retention).toBe('P5Y');

    const result = runImport(dir, csv, '--mapping', mapping);
    expect(result.out).toContain('Imported: 0 new, 1 changed, 0 unchanged, 0 marked removed; 0 flagged changes.');
    const written = parse(snapshot(dir)['cyclist-counter-centrum-01.yaml']!);
    expect(written.signage).toBe('no');
    expect(written.retention).toBe('P1Y');
    expect(written.updated).toBe('2026-11-30');
    expect(written.history).toEqual([
      (validEntry()['history'] as unknown[])[0],
      {
        date: '2026-11-30',
        type: 'changed',
        note: {
          en: 'How long data is kept: changed from 5 years to 1 year.',
          nl: 'Bewaartermijn: gewijzigd van 5 jaar naar 1 jaar.',
          ar: 'مدة حفظ البيانات: تغيّر من 5 سنوات إلى سنة.',
        },
      },
    ]);
  });

  it('never deletes a device missing from the file; with the flag it is marked removed with a history event', () => {
    const dir = contentTree({
      'cyclist-counter-centrum-01.yaml': validEntry(),
      'cyclist-counter-centrum-02.yaml': validEntry(),
    });
    const csv = join(dir, 'assets.csv');
    writeFileSync(csv, 'id,retention\ncyclist-counter-centrum-01,P5Y\n');
    const kept = runImport(dir, csv);
    expect(kept.out).toContain(
      '1 device is in the register but not in the file, and stays as it is: cyclist-counter-centrum-02.\nIf they are gone, --mark-missing-as-removed gives them status removed and a history event (files are never deleted).',
    );
    expect(kept.out).toContain('Imported: 0 new, 0 changed, 1 unchanged, 0 marked removed; 0 flagged changes.');

    const removed = runImport(dir, csv, '--mark-missing-as-removed');
    expect(removed.out).toContain(
      'removed cyclist-counter-centrum-02\n    Status: Active → Removed\n    In use until: (empty) → November 30, 2026\n',
    );
    const entry = parse(snapshot(dir)['cyclist-counter-centrum-02.yaml']!);
    expect(entry.status).toBe('removed');
    expect(entry.activeUntil).toBe('2026-11-30');
    expect(entry.history.at(-1)).toEqual({
      date: '2026-11-30',
      type: 'removed',
      note: {
        en: 'No longer in the city’s list of devices: marked as removed.',
        nl: 'Staat niet meer in de lijst met apparaten van de gemeente: gemarkeerd als verwijderd.',
        ar: 'لم يعد في قائمة أجهزة البلدية: وُسم بأنه مُزال.',
      },
    });
  });

  it('refuses a row that drops or rewrites a past history event, naming the device and the event', () => {
    const dir = demoCopy();
    const before = snapshot(dir);
    const history = parse(before['anpr-centrum-01.yaml']!).history;
    const altered = [{ ...history[1], note: { en: 'Switched on.' } }, history[2]];
    const csv = join(dir, 'history.csv');
    writeFileSync(csv, `id,history\nanpr-centrum-01,"${JSON.stringify(altered).replace(/"/g, '""')}"\n`);
    const result = runImport(dir, csv);
    expect(result.status).toBe(1);
    expect(result.err).toContain(
      'row 2, column history: anpr-centrum-01: the "registered" event of 2019-10-21 (event 1) was altered. Published events cannot change: restore it and add a new event that says what changed.',
    );
    expect(result.err).toContain(
      'row 2, column history: anpr-centrum-01: the "changed" event of 2024-06-03 (event 3) is missing. History only grows: keep every past event and add a new one for the change.',
    );
    expect(snapshot(dir)).toEqual(before);
  });
});
