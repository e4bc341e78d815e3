import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldMeta, schemaFields } from '../../../src/lib/content/schema-fields.ts';
import { FACTS } from '../../../src/lib/register/changes/facts.ts';
import { csvColumns } from '../../../src/lib/register/csv-columns.ts';
import { sensorFields } from '../../../src/lib/register/sensor-fields.ts';
import { localizedText } from '../../../src/schemas/localized-text.ts';

const row = (path: string) => sensorFields.find((field) => field.path.join('.') === path)!;

describe('the fields of a schema, with the metadata written beside their rules', () => {
  it('are listed in the order written, each group followed by its own fields', () => {
    const schema = z.strictObject({
      title: localizedText.meta({ label: 'field.name', searchable: 'title', description: 'The title.' }),
      when: z.iso.date().optional().meta({ description: 'The day.' }),
      place: z.strictObject({ lat: z.number(), tags: z.array(z.string()) }).meta({ description: 'Where.' }),
      log: z.array(z.strictObject({ note: z.string() })),
    });
    expect(schemaFields(schema).map((field) => [field.path.join('.'), field.value, field.required])).toEqual([
      ['title', 'per-language', true],
      ['when', 'date', false],
      ['place', 'group', true],
      ['place.lat', 'number', true],
      ['place.tags', 'list', true],
      ['log', 'structured', true],
    ]);
    expect(schemaFields(schema)[0]!.meta).toEqual({
      label: 'field.name',
      searchable: 'title',
      description: 'The title.',
    });
  });

  it('merge what a field and the schema it wraps declare, the outer winning', () => {
    const inner = z.string().meta({ searchable: 'body', description: 'inner' });
    expect(fieldMeta(inner.optional().meta({ description: 'outer' }))).toEqual({
      searchable: 'body',
      description: 'outer',
    });
  });

  it("list a choice's forms once each, a form's own fields before the ones they share", () => {
    const location = sensorFields.filter((field) => field.path[0] === 'location').map((field) => field.path.join('.'));
    expect(location).toEqual([
      'location',
      'location.type',
      'location.lat',
      'location.lng',
      'location.districts',
      'location.description',
    ]);
    expect(row('location.type').meta.description).toBe(
      'point: A device fixed in one place. area: A mobile device (on a vehicle, a drone): the districts it covers.',
    );
  });

  it('know a date written with a fixed word for "none" as a date', () => {
    expect(row('security.supportUntil').value).toBe('date');
    expect(row('security.network').value).toBe('text');
  });
});

describe('what is made from the register fields', () => {
  const columns = csvColumns(['en', 'nl']);
  const column = (name: string) => columns.find((candidate) => candidate.name === name)!;

  it('names columns after their fields, unless the field names its column', () => {
    expect(columns.slice(0, 6).map((candidate) => candidate.name)).toEqual([
      'id',
      'name_en',
      'name_nl',
      'summary_en',
      'summary_nl',
      'status',
    ]);
    expect(column('active_from').field).toBe('activeFrom');
    expect(column('security_support_until').field).toBe('security.supportUntil');
    expect(column('security_last_review').field).toBe('security.lastIndependentReview');
    expect(column('legal_basis').field).toBe('legalBasis.basis');
    expect(column('lat').value).toBe('number');
  });

  it("describes each column with its field's description", () => {
    expect(column('retention').description).toBe(row('retention').meta.description);
    expect(column('measures_nl').description).toBe(`${row('measures').meta.description!} (nl)`);
  });

  it('announces changes of every field but the bookkeeping, with its label, vocabulary or value words', () => {
    const fact = (path: string) => FACTS.find((candidate) => candidate.path.join('.') === path);
    expect(fact('technology')).toEqual({
      path: ['technology'],
      label: 'field.technology',
      kind: 'terms',
      vocabulary: 'technologies',
    });
    expect(fact('signage')).toEqual({ path: ['signage'], label: 'field.signage', kind: 'enum', values: 'signage.' });
    expect(fact('retention')?.kind).toBe('retention');
    expect(fact('security.supportUntil')?.kind).toBe('date');
    expect(fact('history')).toBeUndefined();
    expect(fact('updated')).toBeUndefined();
  });
});
