/**
 * Astro writes the style rule of its island elements as a `<style>` just before the first island
 * of a page, inside `<body>`. HTML allows `<style>` only where metadata goes (the head), and the
 * Nu HTML Checker reports it as an error (Astro issue withastro/astro#10308); browsers
 * would apply it anywhere, so moving it into the head changes nothing for readers. Its CSP
 * hash is already in every page's policy.
 */
const ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

/** The page with Astro's island style rule in its head instead of its body (unchanged when there is none). */
export function islandStylesInHead(html: string): string {
  const headEnd = html.indexOf('</head>');
  if (headEnd < 0 || !html.includes(ISLAND_STYLE, headEnd)) return html;
  const body = html.slice(headEnd).split(ISLAND_STYLE).join('');
  return `${html.slice(0, headEnd)}${ISLAND_STYLE}${body}`;
}
