import { CORE_SCHEMA, load } from 'js-yaml';

/**
 * Reads YAML about six times faster than the `yaml` package, without line numbers; undefined
 * when the text is not valid YAML (duplicate keys included). Same YAML 1.2 core schema, so dates
 * stay texts, as with `yaml`.
 */
export function loadYamlQuickly(text: string): { data: unknown } | undefined {
  try {
    return { data: load(text, { schema: CORE_SCHEMA }) };
  } catch {
    return undefined;
  }
}
