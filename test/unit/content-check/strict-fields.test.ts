import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { closestFields, knownFields } from '../../../src/lib/content/known-fields.ts';
import { mdxKinds } from '../../../src/lib/content-check/read-content.ts';
import { contentJsonSchemas } from '../../../src/tooling/schema-docs/content-schemas.ts';
import type { JsonSchema } from '../../../src/tooling/schema-docs/jsdoc-descriptions.ts';
import { quizSchema } from '../../../src/schemas/quiz.ts';
import { siteLanguages } from '../../../src/site/city.ts';

const project = join(import.meta.dirname, '..', '..', '..');

/** The paths of every group in a JSON Schema that would take a field it does not list. */
function openGroups(schema: unknown, path = ''): string[] {
  if (Array.isArray(schema)) return schema.flatMap((item, index) => openGroups(item, `${path}[${index}]`));
  if (!schema || typeof schema !== 'object') return [];
  const node = schema as JsonSchema & Record<string, unknown>;
  const own = node.properties && node['additionalProperties'] !== false ? [path || '(top)'] : [];
  return [...own, ...Object.entries(node).flatMap(([key, value]) => openGroups(value, `${path}/${key}`))];
}

describe('every content file refuses fields its schema does not list', () => {
  it('in the JSON Schemas editors validate with, and in the front matter schemas', () => {
    const open = [...contentJsonSchemas(project, siteLanguages)]
      // GeoJSON from map tools carries members of its own (RFC 7946, 6.1): districts stay open.
      .filter(([kind]) => kind.id !== 'districts')
      .flatMap(([kind, json]) => openGroups(json).map((path) => `${kind.id} ${path}`));
    expect(open).toEqual([]);
  });

  it('in the front matter of every kind of MDX file', () => {
    const open = Object.entries(mdxKinds).flatMap(([kind, { schema }]) =>
      openGroups(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })).map((path) => `${kind} ${path}`),
    );
    expect(open).toEqual([]);
  });
});

describe('the fields an editor may have meant', () => {
  const question = ['id', 'question', 'explanation', 'learnMore', 'type', 'answer', 'feedbackTrue', 'feedbackFalse'];

  it('are the same name in other capitals, a slip or two away, or the start of a name', () => {
    expect(closestFields('learnmore', question)).toEqual(['learnMore']);
    expect(closestFields('relatedQuizz', ['relatedQuiz', 'order', 'sources'])).toEqual(['relatedQuiz']);
    expect(closestFields('lon', ['type', 'lat', 'lng', 'description'])).toEqual(['lat', 'lng']);
    expect(closestFields('desc', ['title', 'description', 'updated'])).toEqual(['description']);
  });

  it('are none when nothing is close', () => {
    expect(closestFields('colour', ['title', 'description', 'updated'])).toEqual([]);
  });

  it('come from the kind of question the data chose, or from every kind when it chose none', () => {
    const quiz = (type: string) => ({ questions: [{ type }] });
    expect(knownFields(quizSchema, ['questions', 0], quiz('true-false'))).toEqual(question);
    expect(knownFields(quizSchema, ['questions', 0], quiz('ordering'))).toEqual([
      'id',
      'question',
      'explanation',
      'learnMore',
      'type',
      'items',
    ]);
    expect(knownFields(quizSchema, ['questions', 0], quiz('essay'))).toEqual([
      'id',
      'question',
      'explanation',
      'learnMore',
      'type',
      'options',
      'answer',
      'feedbackTrue',
      'feedbackFalse',
      'items',
      'pairs',
    ]);
    expect(knownFields(quizSchema, ['questions', 0, 'pairs', 1], { questions: [{ type: 'matching' }] })).toEqual([
      'prompt',
      'match',
    ]);
  });
});
