import { proposalEntry, suggestedId, type ProposalContext } from './proposal-entry.ts';
import { textOf, type ProposalValues } from './proposal-values.ts';

/**
 * The file a sensor owner downloads at the end of the proposal form. It is this site's JSON
 * export shape (`{ entries: [...] }`), which `npm run register:import` reads as it is: the team
 * imports it (`--dry-run` first), and the device then opens in the editor like any other.
 *
 * The proposer's own name, e-mail and phone go to `proposedBy`, beside `entries`: the importer
 * reads `entries` only, so they never reach content/register/ or anything published.
 */
export interface ProposalFile {
  about: string;
  entries: Record<string, unknown>[];
  proposedBy: { name: string; email?: string; phone?: string; proposed: string };
}

/** The proposal as the file holds it. */
export function proposalFile(values: ProposalValues, context: ProposalContext): ProposalFile {
  const id = suggestedId(textOf(values, `name.${context.defaultLocale}`));
  const email = textOf(values, 'proposerEmail');
  const phone = textOf(values, 'proposerPhone');
  return {
    about:
      'A device proposed for the sensor register. Check it with: npm run register:import -- <this file> --dry-run ' +
      '(the id is a suggestion; change it here before importing if it should be another). "proposedBy" is whom ' +
      'to contact about this proposal: the importer never reads it, and it is never published.',
    entries: [{ id, ...proposalEntry(values, context) }],
    proposedBy: {
      name: textOf(values, 'proposerName'),
      ...(email ? { email } : {}),
      ...(phone ? { phone } : {}),
      proposed: context.today,
    },
  };
}

/** The file's name: `proposal-<id>.json`. */
export function proposalFileName(file: ProposalFile): string {
  return `proposal-${String(file.entries[0]!['id'])}.json`;
}

/** The file's text: indented JSON, so that the team can read it before importing. */
export function proposalFileText(file: ProposalFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * The longest `mailto:` link the form makes. Mail programs and browsers cut or refuse longer ones
 * (about 2,000 characters is the limit that holds across Outlook, webmail handlers and older
 * browsers), and a cut proposal is worse than none: above it, the mail asks for the file instead.
 */
export const MAILTO_MAX_LENGTH = 2000;

/** What the e-mail says around the proposal, in the page's language. */
export interface ProposalMailWords {
  subject: string;
  /** Before the proposal, when it fits in the mail. */
  intro: string;
  /** The whole body when the proposal does not fit: asks to attach the downloaded file. */
  attach: string;
}

/**
 * A `mailto:` link to the register team with the proposal in the body when the link stays under
 * MAILTO_MAX_LENGTH, otherwise with a body that asks for the downloaded file as an attachment.
 * `inBody` says which, so the page can tell the owner to attach the file.
 */
export function proposalMailto(
  to: string,
  file: ProposalFile,
  words: ProposalMailWords,
): { href: string; inBody: boolean } {
  const link = (body: string) =>
    `mailto:${to}?subject=${encodeURIComponent(words.subject)}&body=${encodeURIComponent(body)}`;
  // Compact JSON in the body: line breaks cost three characters each once encoded.
  const full = link(`${words.intro}\n\n${JSON.stringify(file)}\n`);
  if (full.length <= MAILTO_MAX_LENGTH) return { href: full, inBody: true };
  return { href: link(words.attach.replace('{{file}}', proposalFileName(file))), inBody: false };
}
