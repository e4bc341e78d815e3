/**
 * Details that help an attacker more than a resident, recognised in free text of register
 * entries. The schema has no field for them; this catches them when someone writes them into a
 * note instead. Each pattern says what was found and what to write instead.
 */
const patterns: readonly { pattern: RegExp; what: string }[] = [
  { pattern: /\b(?:\d{1,3}\.){3}\d{1,3}(?:\/\d{1,2})?\b/, what: 'an IP address' },
  { pattern: /\b[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){4,7}\b|\b[0-9a-f]{1,4}::[0-9a-f]{1,4}\b/i, what: 'an IPv6 address' },
  { pattern: /\b[0-9a-f]{2}(?:[:-][0-9a-f]{2}){5}\b/i, what: 'a hardware (MAC) address' },
  { pattern: /\b(?:ports?|poorten|poort)\s*:?\s*\d{1,5}\b|(?:المنفذ|منفذ)\s*\d{1,5}/i, what: 'a port number' },
  { pattern: /\bCVE-\d{4}-\d{4,}\b/i, what: 'a vulnerability id' },
  {
    pattern:
      /\b(?:firmware|software|versie|version)\s*(?:versie|version)?\s*v?\d+(?:\.\d+)+\b|\bv\d+\.\d+(?:\.\d+)*\b/i,
    what: 'a software or firmware version',
  },
];

/** What attacker-helping detail a text contains, or undefined when it is clean. */
export function attackerDetailIn(text: string): string | undefined {
  return patterns.find(({ pattern }) => pattern.test(text))?.what;
}

/** The message for a text that contains such a detail. */
export function attackerDetailMessage(what: string): string {
  return `This text contains ${what}. The register never publishes details that help an attacker (versions, addresses, ports, open vulnerabilities): describe the fact in plain words instead, e.g. "the software is kept up to date".`;
}
