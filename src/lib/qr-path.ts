import QRCode from 'qrcode';

/** A QR code as one SVG path of unit squares, with its side length in modules (quiet zone included). */
export interface QrPath {
  d: string;
  size: number;
}

/**
 * Draws a QR code for a text: error correction M (survives a smudge, stays small) and the quiet
 * zone of 4 modules that ISO/IEC 18004 asks for, which phone readers need to find the code.
 */
export function qrPath(text: string, quiet = 4): QrPath {
  const code = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const count = code.modules.size;
  let d = '';
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (code.modules.get(row, col)) d += `M${col + quiet} ${row + quiet}h1v1h-1z`;
    }
  }
  return { d, size: count + quiet * 2 };
}
