import { checkFields, fieldErrors } from '../../content/zod-issues.ts';
import { allowedHtmlElements, type ContentComponent } from '../../../schemas/content-components.ts';
import type { ContentIssue } from '../issue.ts';
import type { MdxDocument, MdxElement } from '../mdx-document.ts';
import { readAttributes } from './mdx-code.ts';

/** Which components a collection may use, and where they are documented. */
export interface ComponentSet {
  /** "lessons" or "site pages", as editors say it. */
  label: string;
  components: Record<string, ContentComponent>;
  /** Components of the other collection, for a message that says where they belong. */
  elsewhere: Record<string, string>;
  docs: string;
}

/** A component used in a file, with its attributes read, for the rules about what they refer to. */
export interface UsedComponent {
  element: MdxElement;
  values: Record<string, unknown>;
}

/**
 * Only the documented components and a few inline HTML marks may be used; each with its own
 * attributes, valid values, and text between its tags only when it takes text.
 */
export function checkComponents(
  file: string,
  document: MdxDocument,
  set: ComponentSet,
): { issues: ContentIssue[]; used: UsedComponent[] } {
  const issues: ContentIssue[] = [];
  const used: UsedComponent[] = [];
  const error = (element: MdxElement, field: string, message: string) =>
    issues.push({ severity: 'error', file, line: element.line, field, message });
  const names = Object.keys(set.components).join(', ');

  for (const element of document.elements) {
    const tag = `<${element.name}>`;
    const component = set.components[element.name];
    const htmlAttributes = allowedHtmlElements[element.name];
    if (element.name === 'script' || element.name === 'style') {
      error(
        element,
        '',
        `Remove ${tag}: content may not contain scripts or styles. The site's look and interactive parts come from its components.`,
      );
    } else if (htmlAttributes) {
      for (const attribute of element.attributes) {
        if (attribute.kind === 'spread' || !htmlAttributes.includes(attribute.name)) {
          const name = attribute.kind === 'spread' ? `{${attribute.source}}` : attribute.name;
          if (!/^on[a-z]/i.test(name)) error(element, tag, `Remove ${name}: ${tag} takes ${list(htmlAttributes)}.`);
        }
      }
    } else if (!component) {
      const home = set.elsewhere[element.name];
      error(
        element,
        '',
        home
          ? `${tag} can be used in ${home}, not in ${set.label}. ${capitalise(set.label)} can use: ${names}.`
          : `${tag} is not something ${set.label} can use. Use plain Markdown or one of: ${names} (see ${set.docs}).`,
      );
    } else {
      const { values, issues: unreadable } = readAttributes(element);
      for (const problem of unreadable) error(element, problem.field, problem.message);
      for (const attribute of element.attributes) {
        if (attribute.kind !== 'spread' && !component.attributes.includes(attribute.name)) {
          if (!/^on[a-z]/i.test(attribute.name)) {
            error(
              element,
              `${tag} ${attribute.name}`,
              `${tag} has no attribute "${attribute.name}"; it takes ${list(component.attributes)}. Check the spelling in ${set.docs}.`,
            );
          }
          delete values[attribute.name];
        }
      }
      if (unreadable.length === 0) {
        const checked = checkFields(component.props, values);
        if (checked.issues.length === 0) used.push({ element, values });
        else {
          for (const found of fieldErrors(file, checked.issues)) {
            error(element, found.field ? `${tag} ${found.field}` : tag, found.message);
          }
        }
      }
      if (component.children && !element.hasChildren) {
        error(element, tag, `Write the text between ${tag} and </${element.name}>.`);
      }
      if (!component.children && element.hasChildren) {
        error(
          element,
          tag,
          `${tag} takes no text between tags: write it as <${element.name} … /> and put the text in its attributes.`,
        );
      }
    }
  }
  return { issues, used };
}

function list(items: readonly string[]): string {
  return items.length === 0 ? 'no attributes' : `only ${items.join(', ')}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
