import { Document, isScalar, visit, type ToStringOptions } from 'yaml';

/**
 * YAML text written by the tools (the editor, the register importer) in the style of the
 * hand-written files. The site reads YAML 1.2, where `yes` and `no` are texts, but YAML 1.1
 * readers (Python's yaml.safe_load, older tools that open the published files) read them as
 * true and false. The hand-written files quote them ("yes"); so does this.
 */

/** The plain words YAML 1.1 reads as a boolean (yaml.org/type/bool.html). */
const YAML_1_1_BOOLEAN = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;

export const readAsBooleanInYaml11 = (text: string): boolean => YAML_1_1_BOOLEAN.test(text);

export function yamlText(value: unknown, options: ToStringOptions = {}): string {
  const document = new Document(value);
  visit(document, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === 'string' && readAsBooleanInYaml11(node.value))
        node.type = 'QUOTE_DOUBLE';
    },
  });
  return document.toString({ lineWidth: 0, ...options });
}
