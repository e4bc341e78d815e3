import { describe, expect, it } from 'vitest';
import { readRegister } from '../../../src/lib/register/load-register.ts';
import { contentTree, validEntry } from '../../support/content-tree.ts';

function errorsFor(files: Record<string, object | string>) {
  const dir = contentTree(files);
  return readRegister(dir, dir).errors;
}

describe('readRegister', () => {
  it('reads the demo register without errors', () => {
    const { register, errors } = readRegister('content');
    expect(errors).toEqual([]);
    expect(register.entries.length).toBeGreaterThanOrEqual(80);
    expect(new Set(register.entries.map((e) => e.kind)).size).toBeGreaterThanOrEqual(12);
    expect(new Set(register.entries.flatMap((e) => e.districts)).size).toBeGreaterThanOrEqual(6);
  });

  it('derives the district from the coordinates', () => {
    const dir = contentTree({ 'cyclist-counter-centrum-01.yaml': validEntry() });
    expect(readRegister(dir, dir).register.entries[0]!.districts).toEqual(['centrum']);
  });

  it('names file, line and field of a schema error, with advice', () => {
    const errors = errorsFor({ 'a.yaml': validEntry({ retention: '30 days' }) });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'register/a.yaml', field: 'retention' });
    expect(errors[0]!.line).toBeGreaterThan(1);
    expect(errors[0]!.message).toContain('ISO 8601 duration such as P30D');
  });

  it('names a day that does not exist instead of rolling it over to the next month', () => {
    const errors = errorsFor({ 'a.yaml': validEntry({ activeFrom: '2023-02-29' }) });
    expect(errors.map((error) => `${error.field}: ${error.message}`)).toEqual([
      'activeFrom: 2023-02-29 is not a date: February 2023 has 28 days.',
    ]);
  });

  it('requires a legal basis and privacy statement for personal data', () => {
    const errors = errorsFor({ 'a.yaml': validEntry({ personalData: true }) });
    expect(errors.map((e) => e.field)).toEqual(['legalBasis', 'privacyStatement']);
  });

  it('refuses "no personal data" for a device that records licence plates or device identifiers', () => {
    const errors = errorsFor({
      'a.yaml': validEntry({ personalData: false, dataTypes: ['counts', 'licence-plates', 'device-identifiers'] }),
    });
    expect(errors.map((e) => `${e.field}: ${e.message}`)).toEqual([
      'personalData: This device records "device-identifiers", "licence-plates", which content/taxonomy/data-types.yaml marks as personal data (DTPR "personal"), but personalData is false. Set personalData: true and add the legalBasis and privacyStatement, or remove "device-identifiers", "licence-plates" from dataTypes if the device does not record it.',
    ]);
    expect(errorsFor({ 'a.yaml': validEntry({ personalData: false, dataTypes: ['counts', 'images'] }) })).toEqual([]);
  });

  it('refuses links that are not https', () => {
    const errors = errorsFor({
      'a.yaml': validEntry({ privacyStatement: 'javascript:alert(1)', contact: 'http://example.org' }),
    });
    expect(errors.map((e) => e.field).sort()).toEqual(['contact', 'privacyStatement']);
  });

  it('names an unknown vocabulary term and the file it should come from', () => {
    const errors = errorsFor({ 'a.yaml': validEntry({ purposes: ['mobility', 'surveillance'] }) });
    expect(errors).toEqual([
      expect.objectContaining({
        field: 'purposes.1',
        message: expect.stringContaining('"surveillance" is not in content/taxonomy/purposes.yaml'),
      }),
    ]);
  });

  it('refuses a point outside every district', () => {
    const errors = errorsFor({
      'a.yaml': validEntry({ location: { type: 'point', lat: 5.1, lng: 52.1, description: { en: 'Swapped.' } } }),
    });
    expect(errors[0]!.message).toContain('lies outside every district');
  });

  it('reports YAML syntax errors with their line instead of throwing', () => {
    const errors = errorsFor({ 'a.yaml': 'name:\n  en: One\n summary: [unclosed\n' });
    expect(errors[0]).toMatchObject({ file: 'register/a.yaml', field: '' });
    expect(errors[0]!.line).toBeGreaterThanOrEqual(2);
  });

  it('refuses duplicate keys, unknown fields and a bad file name', () => {
    expect(errorsFor({ 'a.yaml': 'status: active\nstatus: removed\n' })[0]!.message).toMatch(/unique|duplicate/i);
    expect(errorsFor({ 'a.yaml': validEntry({ firmware: '1.2.3' }) })[0]).toMatchObject({
      field: 'firmware',
      message:
        '"firmware" is not a field here, so it would be ignored. Remove it, or see docs/fields.md for the fields this file can have.',
    });
    expect(errorsFor({ 'Camera 1.yaml': validEntry() })[0]!.message).toContain('The file name is the sensor id');
    // The address of a register page cannot be a device's too.
    expect(errorsFor({ 'propose.yaml': validEntry() })[0]!.message).toBe(
      '"propose" cannot be a device\'s id: /<lang>/register/propose/ is a page of the register itself. Choose another id, e.g. propose-device-01. Rename the file before it is published.',
    );
  });

  it('checks dates and the history order', () => {
    const errors = errorsFor({
      'a.yaml': validEntry({
        activeUntil: '2020-01-01',
        history: [
          { date: '2022-05-01', type: 'activated', note: { en: 'On.' } },
          { date: '2022-04-12', type: 'registered', note: { en: 'Registered.' } },
        ],
      }),
    });
    expect(errors.map((e) => e.field).sort()).toEqual(['activeUntil', 'history.1.date']);
  });

  it('asks for an explanation of "other"', () => {
    const errors = errorsFor({ 'a.yaml': validEntry({ purposes: ['other'] }) });
    expect(errors).toEqual([expect.objectContaining({ field: 'otherDetails.purposes' })]);
  });
});
