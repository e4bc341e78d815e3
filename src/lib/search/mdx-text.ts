/**
 * The readable text of an MDX body, for the search index: headings, paragraphs, list items and
 * the human sentences inside component props (a checklist's items), without markup, code,
 * addresses or component names.
 */
export function mdxText(body: string): string {
  return (
    body
      // import/export lines are code, not text.
      .replace(/^(import|export)\s.*$/gm, ' ')
      // Component tags: keep the quoted sentences in their props, drop the rest of the tag.
      .replace(/<\/?[A-Za-z][^>]*?\/?>/gs, (tag) =>
        [...tag.matchAll(/"([^"]*)"/g)]
          .map((match) => match[1]!)
          .filter((text) => /\s/.test(text))
          .map((text) => ` ${text} `)
          .join(''),
      )
      // [text](address) -> text; bare addresses go.
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/https?:\/\/\S+/g, ' ')
      // Code, emphasis and heading marks.
      .replace(/`[^`]*`/g, ' ')
      .replace(/[#*_>|~]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
