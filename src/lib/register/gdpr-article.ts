/**
 * The parts of a GDPR legal-basis article as the taxonomy writes it ("6(1)(e)"), so that each
 * language cites it its own way: "GDPR article 6(1)(e)", "Art. 6 Abs. 1 lit. e DSGVO",
 * "Artikel 6, lid 1, onder e AVG".
 */
export function gdprArticleParts(article: string): { article: string; paragraph: string; point: string } {
  const match = /^(\d+)\((\d+)\)\(([a-z])\)$/.exec(article);
  if (!match) throw new Error(`"${article}" is not a GDPR article such as 6(1)(e).`);
  return { article: match[1]!, paragraph: match[2]!, point: match[3]! };
}
