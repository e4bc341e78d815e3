import { useEffect, useState } from 'preact/hooks';
import type { QrPath } from '../../lib/qr-path.ts';

/**
 * A QR code drawn as SVG (no canvas, no image request), black on white whatever the colour
 * scheme. The encoder (about 9 KB) loads only when a code is shown, not with the quiz.
 */
export default function QrCode({ text, label, size = 200 }: { text: string; label: string; size?: number }) {
  const [code, setCode] = useState<QrPath>();
  useEffect(() => {
    let current = true;
    void import('../../lib/qr-path.ts').then(({ qrPath }) => current && setCode(qrPath(text)));
    return () => {
      current = false;
    };
  }, [text]);
  if (!code) return null;
  return (
    <svg
      class="qr-code"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${code.size} ${code.size}`}
      shape-rendering="crispEdges"
    >
      <rect width={code.size} height={code.size} fill="#fff" />
      <path d={code.d} fill="#000" />
    </svg>
  );
}
