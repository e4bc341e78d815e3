import type { z } from 'zod';

type AnySchema = z.core.$ZodType;

/** Wrappers that describe the same value as the schema they wrap (optional, default, refinements). */
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

/**
 * The field names the schema allows for the group at `path` of `data`, or undefined when the path
 * leads to no group. For a choice between groups (a quiz question by its `type`), the group that
 * the data chose; when the data chose none, the fields of every choice.
 */
export function knownFields(schema: AnySchema, path: readonly PropertyKey[], data: unknown): string[] | undefined {
  const def = unwrap(schema)._zod.def as unknown as SchemaDef;
  switch (def.type) {
    case 'object':
      if (path.length === 0) return Object.keys(def.shape!);
      return step(def.shape![String(path[0])], path, data);
    case 'array':
      return path.length === 0 ? undefined : step(def.element, path, data);
    case 'record':
      return path.length === 0 ? undefined : step(def.valueType, path, data);
    case 'union': {
      const chosen = def.discriminator ? chosenOption(def, data) : undefined;
      const options = chosen ? [chosen] : def.options!;
      const fields = options.flatMap((option) => knownFields(option, path, data) ?? []);
      return fields.length > 0 ? [...new Set(fields)] : undefined;
    }
    default:
      return undefined;
  }
}

interface SchemaDef {
  type: string;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  valueType?: AnySchema;
  options?: AnySchema[];
  discriminator?: string;
  innerType?: AnySchema;
  in?: AnySchema;
  getter?: () => AnySchema;
  values?: unknown[];
}

function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (;;) {
    const def = current._zod.def as unknown as SchemaDef;
    if (WRAPPERS.has(def.type) && def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else if (def.type === 'lazy' && def.getter) current = def.getter();
    else return current;
  }
}

function step(schema: AnySchema | undefined, path: readonly PropertyKey[], data: unknown): string[] | undefined {
  if (!schema) return undefined;
  const value = data !== null && typeof data === 'object' ? (data as Record<PropertyKey, unknown>)[path[0]!] : undefined;
  return knownFields(schema, path.slice(1), value);
}

function chosenOption(def: SchemaDef, data: unknown): AnySchema | undefined {
  if (data === null || typeof data !== 'object') return undefined;
  const chosen = (data as Record<string, unknown>)[def.discriminator!];
  return def.options!.find((option) => {
    const field = (unwrap(option)._zod.def as unknown as SchemaDef).shape?.[def.discriminator!];
    const values = field && (unwrap(field)._zod.def as unknown as SchemaDef).values;
    return values?.includes(chosen);
  });
}
