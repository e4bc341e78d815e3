import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { schemaFields } from '../../../src/lib/content/schema-fields.ts';
import { sensorFields } from '../../../src/lib/register/sensor-fields.ts';
import type { Register } from '../../../src/lib/register/load-register.ts';
import { sensorDocuments } from '../../../src/lib/search/documents.ts';
import { localizedText } from '../../../src/schemas/localized-text.ts';
import { sensorSchema } from '../../../src/schemas/sensor.ts';
import { register, testEngine } from './search-fixture.ts';

/** The register with one made-up field written into its first entry. */
function withPowerSource(): Register {
  const [first, ...rest] = register.entries;
  const powerSource = { en: 'Runs on a photovoltaic panel', nl: 'Werkt op een fotovoltaïsch paneel' };
  return { ...register, entries: [{ ...first!, powerSource } as typeof first & object, ...rest] } as Register;
}

/** The register entry's fields plus a new text field, declared searchable or not. */
const fieldsWith = (meta: { searchable?: 'body' }) =>
  schemaFields(z.strictObject({ ...sensorSchema.shape, powerSource: localizedText.optional().meta(meta) }));

describe('search over the register reads the fields the schema marks searchable', () => {
  it('indexes the name, the summary and, as body, what it measures, what it keeps longer, with whom data is shared and where it is', () => {
    const searchable = sensorFields.filter((field) => field.meta.searchable).map((field) => field.path.join('.'));
    expect(searchable).toEqual(['name', 'summary', 'measures', 'retentionNote', 'sharing', 'location.description']);
    const entry = register.entries.find(
      (candidate) => candidate.location.type === 'point' && candidate.sharing && candidate.retentionNote,
    )!;
    const document = sensorDocuments(register, 'nl', 'en').find((candidate) => candidate.target === entry.id)!;
    expect(document.title).toBe(entry.name['nl']);
    expect(document.summary).toBe(entry.summary['nl']);
    expect(document.body).toBe(
      [entry.measures, entry.retentionNote!, entry.sharing!, entry.location.description]
        .map((text) => text['nl'])
        .join(' '),
    );
  });

  it('finds a new text field by its words once it is declared searchable, and not before', async () => {
    const changed = withPowerSource();
    const id = changed.entries[0]!.id;
    const found = async (meta: { searchable?: 'body' }) => {
      const documents = sensorDocuments(changed, 'en', 'en', fieldsWith(meta));
      const { engine } = await testEngine('en', {}, documents);
      const shown = await engine.show((await engine.search('photovoltaic ')).hits);
      return shown.map((result) => result.href);
    };
    expect(await found({})).toEqual([]);
    const hrefs = await found({ searchable: 'body' });
    expect(hrefs).toHaveLength(1);
    expect(hrefs[0]).toContain(id);
  });

  it('finds an enum field by the words for its values, and a vocabulary field by its terms', () => {
    const [first, ...rest] = register.entries;
    const changed = { ...register, entries: [{ ...first!, powerSource: 'solar' }, ...rest] } as Register;
    const fields = schemaFields(
      z.strictObject({
        ...sensorSchema.shape,
        kind: sensorSchema.shape.kind.meta({ searchable: 'body' }),
        powerSource: z.enum(['mains', 'solar']).optional().meta({ searchable: 'body', values: 'powerSource.' }),
      }),
    );
    const words: Record<string, string> = { 'powerSource.solar': 'zonnepaneel' };
    const document = sensorDocuments(changed, 'nl', 'en', fields, (key) => words[key]!).find(
      (candidate) => candidate.target === first!.id,
    )!;
    const kind = register.vocabularies.kinds.find((term) => term.id === first!.kind)!.label['nl'];
    // In the order the fields are declared: kind, measures, retention note, sharing, location, the new field.
    const expected = [
      kind,
      first!.measures['nl'],
      first!.retentionNote?.['nl'],
      first!.sharing?.['nl'],
      first!.location.description['nl'],
      'zonnepaneel',
    ];
    expect(document.body).toBe(expected.filter(Boolean).join(' '));
  });

  it('uses the default language text of a searchable field missing in the language', () => {
    const changed = withPowerSource();
    const [document] = sensorDocuments(changed, 'ar', 'en', fieldsWith({ searchable: 'body' })).filter(
      (candidate) => candidate.target === changed.entries[0]!.id,
    );
    expect(document!.body).toContain('Runs on a photovoltaic panel');
  });
});
