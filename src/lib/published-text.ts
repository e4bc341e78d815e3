/**
 * Text on its way into a published file (sign SVG, Atom feed, CSV, JSON, GeoJSON, JSON-LD).
 *
 * The content check refuses control characters; this is the second wall, so that a character
 * that slips past it can still never break a file for the programs that read it: XML 1.0 forbids
 * the C0 controls outright (a strict parser refuses the whole feed or sign), GDAL stops reading a
 * CSV row at a NUL and loses the rest of its columns, and JSON readers hand a NUL on to programs
 * that stop at it. Tab, line feed and carriage return are allowed by every one of these formats.
 * U+FFFE and U+FFFF are not characters in XML either, and a lone surrogate half cannot be
 * written as UTF-8 at all.
 */
const NOT_PUBLISHABLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without the characters no published file may carry (see above); everything else unchanged. */
export function publishableText(text: string): string {
  return text.replace(NOT_PUBLISHABLE, '');
}

/** Publishable text escaped for XML character data and attribute values. */
export function xmlText(text: string): string {
  return publishableText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * JSON.stringify with every string value made publishable. JSON itself could carry a control
 * character as `\u0000`, but the programs that read open data pass it on (GDAL, spreadsheets).
 * Object keys are not rewritten: they are ids, field names and search terms, never free text.
 */
export function publishableJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => (typeof item === 'string' ? publishableText(item) : item));
}
