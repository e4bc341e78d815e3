import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { factSchema, factsSchema, type Fact } from '../schemas/facts.ts';
import type { ContentError } from './content/content-error.ts';
import { displayPath } from './content/display-path.ts';
import { parseYamlFile } from './content/yaml-file.ts';
import { checkFields, fieldErrors } from './content/zod-issues.ts';
import { longDate } from './intl.ts';

/** content/facts.yaml, relative to the content tree. */
export const FACTS_FILE = 'facts.yaml';

/**
 * Anything written between double braces in a quiz or glossary text. A well-formed placeholder
 * is `{{fact:<id>}}`; anything else between double braces is a mistake the check reports.
 */
const BRACES = /\{\{([^{}]*)\}\}/g;
const PLACEHOLDER = /^\s*fact:([a-z0-9]+(?:-[a-z0-9]+)*)\s*$/;

/** Reads content/facts.yaml; a missing file is an empty list. Errors name the file relative to `root`. */
export function readFacts(contentDir: string, root = process.cwd()): { facts: Fact[]; errors: ContentError[] } {
  const path = join(contentDir, FACTS_FILE);
  if (!existsSync(path)) return { facts: [], errors: [] };
  const file = displayPath(root, resolve(path));
  const { file: yaml, errors } = parseYamlFile(readFileSync(path, 'utf8'), file);
  if (!yaml) return { facts: [], errors };
  const checked = checkFields(factsSchema, yaml.data ?? []);
  if (checked.data) return { facts: checked.data, errors };
  // The facts that are fine still count, so that texts using them are not reported as well.
  const items: unknown[] = Array.isArray(yaml.data) ? yaml.data : [];
  return {
    facts: items.flatMap((item) => factSchema.safeParse(item).data ?? []),
    errors: [...errors, ...fieldErrors(file, checked.issues, yaml)],
  };
}

/** A fact as readers of `locale` see it. */
export function factText(fact: Fact, locale: string, defaultLocale: string): string {
  if (fact.date) return longDate(locale).format(fact.date);
  if (typeof fact.text === 'string') return fact.text;
  return fact.text?.[locale] ?? fact.text?.[defaultLocale] ?? '';
}

/** A placeholder found in a text: the whole `{{…}}` and the fact id, when it is well formed. */
export interface Placeholder {
  written: string;
  id?: string;
}

/** Every `{{…}}` in a text. */
export function placeholdersIn(text: string): Placeholder[] {
  return [...text.matchAll(BRACES)].map(([written, inner]) => {
    const id = PLACEHOLDER.exec(inner ?? '')?.[1];
    return id ? { written, id } : { written };
  });
}

/** Double braces left over once every `{{…}}` is taken out: nested or unclosed ones (`{{fact:{{fact:x}}}}`). */
export function hasStrayBraces(text: string): boolean {
  const rest = text.replace(BRACES, '');
  return rest.includes('{{') || rest.includes('}}');
}

/**
 * Replaces `{{fact:id}}` in every string of a value (a quiz, a glossary term) with the fact in
 * `locale`. The content check refuses unknown ids before a build; one that slips through stops
 * the build rather than showing braces to readers.
 */
export function resolveFacts<T>(value: T, facts: readonly Fact[], locale: string, defaultLocale: string): T {
  const byId = new Map(facts.map((fact) => [fact.id, fact]));
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') {
      return node.replace(BRACES, (written, inner: string) => {
        const id = PLACEHOLDER.exec(inner)?.[1];
        const fact = id ? byId.get(id) : undefined;
        if (!fact) throw new Error(`${written}: there is no such fact in content/${FACTS_FILE}. Run npm run check.`);
        return factText(fact, locale, defaultLocale);
      });
    }
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === 'object' && !(node instanceof Date)) {
      return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, walk(child)]));
    }
    return node;
  };
  return walk(value) as T;
}
