/** Glossary ids used with <KeyTerm id="..."> in an MDX body, in order of first use. */
export function keyTermIds(body: string): string[] {
  return [...new Set([...body.matchAll(/<KeyTerm\s+id=["']([^"']+)["']/g)].map((match) => match[1]!))];
}
