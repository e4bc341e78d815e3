import chardet from 'chardet';

/** A text file read into a string, and the encoding it was read as. */
export type Decoded = { text: string; encoding: string } | { problem: string };

/** Encodings a spreadsheet program writes CSV in that we read; Windows-1252 covers ISO-8859-1 and -15 text in practice. */
const SINGLE_BYTE = new Set(['windows-1252', 'iso-8859-1', 'iso-8859-15']);

/**
 * Reads the bytes of a CSV file as text. UTF-8 with or without a byte order mark, UTF-16 (Excel's
 * "Unicode text") and Windows-1252 (what Excel writes as "CSV" on Dutch and other western
 * European Windows) are converted; anything else is refused naming the encoding found, because a
 * wrong guess turns every accent into a replacement character that then gets published.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16' };
  const utf16 = utf16WithoutMark(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: 'UTF-16' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    // Not UTF-8: find out what it is.
  }
  const found = chardet.detect(bytes);
  if (found && SINGLE_BYTE.has(found.toLowerCase()))
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' };
  return {
    problem: `The file is not UTF-8, UTF-16 or Windows-1252 but looks like ${found ?? 'an unknown encoding'}: save it from your spreadsheet program as "CSV UTF-8" and import that file.`,
  };
}

/** UTF-16 without a byte order mark: text in the Latin range has a zero byte in every pair. */
function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, Math.min(bytes.length, 400) & ~1);
  if (sample.length < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < sample.length; index += 2) {
    if (sample[index] === 0) evenZeros++;
    if (sample[index + 1] === 0) oddZeros++;
  }
  const pairs = sample.length / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.1) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.1) return 'utf-16be';
  return undefined;
}
