import { useEffect, useRef, useState } from 'preact/hooks';
import { fill } from '../../lib/fill.ts';
import type { ResultsStrings } from './strings.ts';

interface Detector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
type DetectorClass = new (options: { formats: string[] }) => Detector;

/** The browser's own QR reader (Chrome on Android, Safari), or undefined where there is none. */
function barcodeDetector(): DetectorClass | undefined {
  return (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
}

/**
 * Reads students' result QR codes with the camera, where the browser can decode QR codes itself
 * (no library, no upload). Frames are read in memory and never kept. Elsewhere the button is
 * not shown and codes are typed or pasted.
 */
export default function QrScanner({ strings, onCode }: { strings: ResultsStrings; onCode: (code: string) => void }) {
  const [available, setAvailable] = useState(false);
  const [scanning, setScanning] = useState(false);
  const [message, setMessage] = useState('');
  const video = useRef<HTMLVideoElement>(null);
  useEffect(() => setAvailable(Boolean(barcodeDetector() && navigator.mediaDevices?.getUserMedia)), []);

  useEffect(() => {
    const Detector = barcodeDetector();
    if (!scanning || !Detector) return;
    let stream: MediaStream | undefined;
    let stopped = false;
    const seen = new Set<string>();
    const detector = new Detector({ formats: ['qr_code'] });
    const scan = async () => {
      if (stopped || !video.current) return;
      try {
        for (const { rawValue } of await detector.detect(video.current)) {
          if (seen.has(rawValue)) continue;
          seen.add(rawValue);
          onCode(rawValue);
          setMessage(fill(strings.scanned, { code: rawValue }));
        }
      } catch {
        // A frame that cannot be read yet (camera warming up): try the next one.
      }
      setTimeout(scan, 300);
    };
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' } })
      .then(async (media) => {
        stream = media;
        if (stopped || !video.current) return media.getTracks().forEach((track) => track.stop());
        video.current.srcObject = media;
        await video.current.play();
        void scan();
      })
      .catch(() => {
        setMessage(strings.scanFailed);
        setScanning(false);
      });
    return () => {
      stopped = true;
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [scanning]);

  if (!available) return null;
  return (
    <>
      <button type="button" class="button" aria-pressed={scanning} onClick={() => setScanning(!scanning)}>
        {scanning ? strings.scanStop : strings.scan}
      </button>
      {scanning && (
        <span class="qr-scanner">
          <video ref={video} muted playsInline aria-label={strings.scanHelp} />
          <span class="meta">{strings.scanHelp}</span>
        </span>
      )}
      <span aria-live="polite">{message}</span>
    </>
  );
}
