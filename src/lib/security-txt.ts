/** What RFC 9116 needs to build /.well-known/security.txt. */
export interface SecurityTxtInput {
  contactEmail: string;
  expires: string;
  preferredLanguages: readonly string[];
  siteUrl: string;
  policyPath: string;
}

/**
 * The text of /.well-known/security.txt (RFC 9116). Fields are in the RFC's order; the file ends
 * with a newline. Throws when Expires has passed, since an expired file tells researchers the
 * contact may be stale.
 */
export function securityTxt(input: SecurityTxtInput, now: Date = new Date()): string {
  const expires = new Date(input.expires);
  if (Number.isNaN(expires.getTime())) throw new Error(`security.txt: Expires "${input.expires}" is not a date.`);
  if (expires <= now) {
    throw new Error(
      `city.config.ts: securityTxtExpires: ${input.expires} has passed. Set a date within the next year (RFC 9116 §2.5.5).`,
    );
  }
  return [
    `Contact: mailto:${input.contactEmail}`,
    `Expires: ${expires.toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
    `Preferred-Languages: ${input.preferredLanguages.join(', ')}`,
    `Canonical: ${input.siteUrl}/.well-known/security.txt`,
    `Policy: ${input.siteUrl}${input.policyPath}`,
    '',
  ].join('\n');
}
