import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { city } from '../../../src/site/city.ts';
import { editorConfigText, editorFieldDefaults, editorJsonSchemas } from '../../../src/site/editor-config.ts';
import { editorField, hasFormField, patternMessage, type EditorField } from '../../../src/lib/editor/fields.ts';
import { editorKinds, kindsWithoutEditorDecision } from '../../../src/lib/editor/kinds.ts';
import type { JsonSchema } from '../../../src/lib/content/json-schema.ts';

const root = join(import.meta.dirname, '../../..');
const config = parse(editorConfigText({ contentDir: join(root, 'content'), city })) as {
  collections: { name: string; folder: string; i18n?: boolean; fields: EditorField[] }[];
  i18n: { locales: string[]; default_locale: string };
};
const schemas = editorJsonSchemas(city);

/** Every property of a kind's JSON Schema that a form can show, as `path required`. */
function schemaFields(schema: JsonSchema, prefix = ''): string[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {})
    .filter(([, property]) => hasFormField(property))
    .flatMap(([name, property]) => {
      const path = `${prefix}${name}`;
      const nested = property.type === 'object' && property.properties ? schemaFields(property, `${path}.`) : [];
      return [`${path} ${required.has(name)}`, ...nested];
    });
}

/** The same list read from the editor's configuration. */
function configFields(fields: EditorField[], prefix = ''): string[] {
  return fields
    .filter((field) => field.name !== 'body')
    .flatMap((field) => {
      const path = `${prefix}${field.name}`;
      const nested =
        field.widget === 'object' ? configFields((field['fields'] as EditorField[]) ?? [], `${path}.`) : [];
      return [`${path} ${field.required ?? false}`, ...nested];
    });
}

describe('the editor configuration the build writes', () => {
  it('offers every kind of the content registry or says why not', () => {
    expect(kindsWithoutEditorDecision()).toEqual([]);
  });

  it('has one collection per content kind, in its folder', () => {
    expect(config.collections.map((collection) => [collection.name, collection.folder])).toEqual(
      editorKinds.map((kind) => [kind.id, kind.folder]),
    );
  });

  it.each(editorKinds.map((kind) => kind.id))('has every field of %s with its required flag', (id) => {
    const collection = config.collections.find((item) => item.name === id)!;
    // Union variants are one group whose variant fields are optional; compare their names only.
    const names = (list: string[]) => list.map((entry) => entry.replace(/ (true|false)$/, ''));
    expect(names(configFields(collection.fields))).toEqual(
      expect.arrayContaining(names(schemaFields(schemas.get(id)!))),
    );
    const topLevel = (list: string[]) => list.filter((entry) => !entry.split(' ')[0]!.includes('.'));
    expect(topLevel(configFields(collection.fields))).toEqual(topLevel(schemaFields(schemas.get(id)!)));
  });

  it('offers the city’s languages side by side, default first, one file per language where content is translated', () => {
    expect(config.i18n).toEqual({ structure: 'multiple_folders', locales: ['en', 'nl', 'ar'], default_locale: 'en' });
    expect(config.collections.filter((collection) => collection.i18n).map((collection) => collection.name)).toEqual(
      editorKinds.filter((kind) => kind.perLanguage).map((kind) => kind.id),
    );
  });

  it('has texts and dates written per language and choices once, for every language', () => {
    const advisories = config.collections.find((collection) => collection.name === 'advisories')!;
    const i18n = Object.fromEntries(advisories.fields.map((field) => [field.name, field['i18n']]));
    expect(i18n).toMatchObject({
      title: true,
      published: true,
      severity: 'duplicate',
      status: 'duplicate',
      steps: true,
      lessons: true,
      body: true,
    });
  });

  it('shows taxonomy terms by label and stores their ids', () => {
    const register = config.collections.find((collection) => collection.name === 'register')!;
    const dataTypes = register.fields.find((field) => field.name === 'dataTypes')!;
    expect(dataTypes).toMatchObject({ widget: 'select', multiple: true, min: 1, required: true });
    expect(dataTypes['options']).toContainEqual({ label: 'Licence plates', value: 'licence-plates' });
  });

  it.each(editorKinds.map((kind) => kind.id))('hints at each field of %s with its description', (id) => {
    const collection = config.collections.find((item) => item.name === id)!;
    const properties = schemas.get(id)!.properties!;
    for (const field of collection.fields.filter((item) => item.name !== 'body')) {
      expect(field.hint, `${id}.${field.name}`).toBe(properties[field.name]!.description);
    }
  });

  it('gives a device’s name a field per language, with its limit', () => {
    const register = config.collections.find((collection) => collection.name === 'register')!;
    const description = schemas.get('register')!.properties!['name']!.description;
    expect(register.fields.find((field) => field.name === 'name')).toEqual({
      name: 'name',
      label: 'Name',
      widget: 'object',
      required: true,
      collapsed: false,
      ...(description ? { hint: description } : {}),
      fields: ['en', 'nl', 'ar'].map((code, index) => ({
        name: code,
        label: ['English', 'Nederlands', 'العربية'][index],
        widget: 'string',
        required: code === 'en',
        pattern: ['^(?=[\\s\\S]{1,120}$)[\\s\\S]*$', 'Keep it to 120 characters'],
      })),
    });
  });

  it('edits MDX bodies as text, with the kind’s components as blocks', () => {
    const lessons = config.collections.find((collection) => collection.name === 'lessons')!;
    const body = lessons.fields.find((field) => field.name === 'body')!;
    expect(body.widget).toBe('mdx');
    expect((body['components'] as { name: string }[]).map((component) => component.name)).toEqual([
      'Callout',
      'Checklist',
      'DeviceCheck',
      'Diagram',
      'Fact',
      'KeyTerm',
      'KnowledgeCheck',
      'Reveal',
      'Scenario',
      'SensorLink',
    ]);
  });
});

describe('a new device', () => {
  it('starts with its "registered" history event, dated today, with the note in every language', () => {
    const register = config.collections.find((collection) => collection.name === 'register')!;
    const history = register.fields.find((field) => field.name === 'history')!;
    expect(history['default']).toEqual(editorFieldDefaults(city).get('register')!['history']);
    expect(editorFieldDefaults(city, '2026-12-05').get('register')).toEqual({
      history: [
        {
          date: '2026-12-05',
          type: 'registered',
          note: { en: 'Added to the register.', nl: 'Toegevoegd aan het register.', ar: 'أُضيف إلى السجل.' },
        },
      ],
    });
  });
});

describe('fields from a schema', () => {
  const context = { locales: [{ code: 'en', name: 'English' }], vocabularyOptions: new Map(), perLanguageFiles: false };

  it('turns length limits and a pattern into one pattern with a message saying both', () => {
    const field = editorField(
      'id',
      { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 40 },
      true,
      'id',
      context,
    );
    expect(field.pattern).toEqual([
      '^(?=[\\s\\S]{0,40}$)(?:[a-z0-9]+(-[a-z0-9]+)*)$',
      'Use lowercase letters, digits and hyphens, e.g. "air-quality". Keep it to 40 characters',
    ]);
  });

  it('says what to type for every pattern the editor uses, in words, not as a regular expression', () => {
    const patterns = new Map<string, string>();
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') {
        const pattern = (value as { pattern?: unknown }).pattern;
        if (Array.isArray(pattern)) patterns.set(pattern[0] as string, pattern[1] as string);
        Object.values(value).forEach(collect);
      }
    };
    collect(config);
    expect(patterns.size).toBeGreaterThan(5);
    for (const [pattern, message] of patterns) {
      // Decap writes "<Label> didn't match the pattern: <message>." and adds the full stop.
      expect(message, pattern).not.toMatch(/[\\^$]|\(\?|\.$/);
      expect(`${message}.`, pattern).not.toContain('..');
    }
    const retention = [...patterns].find(([pattern]) => pattern.includes('none'))!;
    expect(retention[1]).toBe('Write how long as P30D (30 days), PT72H (72 hours), P1Y (1 year), or "none"');
  });

  it('saves a required yes/no switch left off as no, and leaves an optional one out', () => {
    expect(editorField('personalData', { type: 'boolean' }, true, 'personalData', context)).toEqual({
      name: 'personalData',
      label: 'Personal data',
      widget: 'boolean',
      required: true,
      default: false,
    });
    expect(editorField('everyone', { type: 'boolean' }, false, 'everyone', context)).toEqual({
      name: 'everyone',
      label: 'Everyone',
      widget: 'boolean',
      required: false,
    });
  });

  it('stops the build for a pattern without a message, saying where to add one', () => {
    expect(() => patternMessage('^[A-Z]{2}$')).toThrow(
      'The editor has no message for the pattern ^[A-Z]{2}$: add one that says what to type to patternMessages in src/lib/editor/fields.ts.',
    );
  });

  it('makes a tagged union one group with the tag as a select and only the tag required', () => {
    const field = editorField(
      'location',
      {
        oneOf: [
          {
            type: 'object',
            properties: { type: { const: 'point' }, lat: { type: 'number' } },
            required: ['type', 'lat'],
          },
          { type: 'object', properties: { type: { const: 'area' }, district: { type: 'string' } }, required: ['type'] },
        ],
      },
      true,
      'location',
      context,
    );
    expect(field['fields']).toEqual([
      expect.objectContaining({ name: 'type', widget: 'select', options: ['point', 'area'], required: true }),
      expect.objectContaining({ name: 'lat', widget: 'number', required: false }),
      expect.objectContaining({ name: 'district', required: false }),
    ]);
    // The choices have no descriptions here: no hint rather than "point: area:".
    expect((field['fields'] as EditorField[])[0]!.hint).toBeUndefined();
  });
});
