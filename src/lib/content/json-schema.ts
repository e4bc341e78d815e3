import { z } from 'zod';
import { perLanguageText } from '../../schemas/localized-text.ts';

/** The part of a JSON Schema this project reads and annotates. */
export interface JsonSchema {
  description?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  [key: string]: unknown;
}

/**
 * The JSON Schema (draft 7, input side) of one content schema, as editors read it: texts per
 * language list the city's languages (the default one required), so that an editor offers them
 * while typing; dates are strings with format `date`. Field descriptions come with it when the
 * schema carries them.
 */
export function contentJsonSchema(
  schema: z.ZodType,
  languages: { codes: readonly string[]; defaultCode: string },
): JsonSchema {
  return z.toJSONSchema(schema, {
    target: 'draft-7',
    io: 'input',
    unrepresentable: 'any',
    override: (context) => {
      const json = context.jsonSchema as JsonSchema;
      const perLanguage = perLanguageText(context.zodSchema);
      if (perLanguage) {
        delete json['propertyNames'];
        const text = { type: 'string', minLength: 1, ...perLanguage };
        json.properties = Object.fromEntries(languages.codes.map((code) => [code, text]));
        json.required = [languages.defaultCode];
        json.additionalProperties = false;
      } else if (context.zodSchema._zod.def.type === 'date') {
        json.type = 'string';
        json['format'] = 'date';
      }
    },
  }) as JsonSchema;
}
