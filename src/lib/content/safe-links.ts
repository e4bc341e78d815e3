/**
 * Content (Markdown and MDX): link and source addresses may only be web
 * addresses, mail and phone links, or addresses on this site. Anything else (`javascript:`,
 * `data:`, `vbscript:` …) is removed, so a careless or malicious edit cannot turn a link into
 * script. The CSP would block such script too; this removes it before it reaches a page.
 */
const URL_PROPERTIES = new Set(['href', 'src', 'action', 'formAction', 'formaction', 'xlinkHref', 'poster', 'cite']);

/** Whether an address is safe in content: relative, fragment, http(s), mailto or tel. */
export function isSafeUrl(value: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  const compact = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1];
  return scheme === undefined || ['http', 'https', 'mailto', 'tel'].includes(scheme);
}

interface Context {
  setProperty(node: unknown, key: string, value: unknown): void;
  replaceNode(node: unknown, next: unknown): void;
}

interface JsxElement {
  attributes: { type: string; name?: string; value?: unknown }[];
}

const isUnsafe = (name: string, value: unknown) => URL_PROPERTIES.has(name) && typeof value === 'string' && !isSafeUrl(value);

/**
 * The Sätteri hast plugin (Astro's Markdown and MDX processor): drops unsafe addresses from
 * Markdown links and images, and from JSX elements written in MDX.
 */
export const safeLinksPlugin = {
  name: 'safe-links',
  // filter: [] visits every element and every JSX component.
  element: {
    filter: [],
    visit(node: { properties?: Record<string, unknown> }, ctx: Context) {
      for (const [name, value] of Object.entries(node.properties ?? {})) {
        if (isUnsafe(name, value)) ctx.setProperty(node, name, undefined);
      }
    },
  },
  mdxJsxFlowElement: { filter: [], visit: dropUnsafeAttributes },
  mdxJsxTextElement: { filter: [], visit: dropUnsafeAttributes },
};

function dropUnsafeAttributes(node: JsxElement, ctx: Context): void {
  const attributes = node.attributes.filter(
    (attribute) => !(attribute.type === 'mdxJsxAttribute' && isUnsafe(attribute.name ?? '', attribute.value)),
  );
  if (attributes.length !== node.attributes.length) ctx.replaceNode(node, { ...node, attributes });
}
