import { CORE_SCHEMA, load } from 'js-yaml';

/**
 * Reads YAML about six times faster than `parseYamlFile`, without line numbers; undefined when the
 * text is not valid YAML (duplicate keys included). Same YAML 1.2 core schema: dates stay texts.
 * For the many register files: a file that fails here or in its checks is read again with
 * `parseYamlFile`, whose errors name the line.
 */
export function loadYamlQuickly(text: string): { data: unknown } | undefined {
  try {
    return { data: load(text, { schema: CORE_SCHEMA }) };
  } catch {
    return undefined;
  }
}
