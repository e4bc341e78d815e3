import QRCode from 'qrcode';

/** A QR code as one SVG path of unit squares, with its side length in modules (quiet zone included). */
export interface QrPath {
  d: string;
  size: number;
}

/**
 * The light margin around the code, in modules: QR codes need four on every side to be found
 * (DENSO WAVE, "QR Code generation", www.denso-wave.com/qrcode/qrgene4-e.html, read 2026-12-05;
 * ISO/IEC 18004 § 6.3.8).
 */
export const QUIET_ZONE = 4;

/** Draws a QR code for a text (error correction M: survives a smudge, stays small). */
export function qrPath(text: string): QrPath {
  const code = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const count = code.modules.size;
  let d = '';
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (code.modules.get(row, col)) d += `M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`;
    }
  }
  return { d, size: count + QUIET_ZONE * 2 };
}
