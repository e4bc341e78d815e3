import { useEffect, useRef, useState } from 'preact/hooks';
import { createTicker } from './scan-feedback.ts';
import type { ResultsStrings } from './strings.ts';

interface Detector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
type DetectorClass = (new (options: { formats: string[] }) => Detector) & {
  getSupportedFormats?: () => Promise<string[]>;
};

/** What the results page did with a scanned code, to show (and sound) at once. */
export interface ScanOutcome {
  added: boolean;
  message: string;
}

/** The browser's own QR reader where it has one that reads QR codes (Chrome on Android, Safari). */
async function builtInReader(): Promise<((video: HTMLVideoElement) => Promise<string[]>) | undefined> {
  const Detector = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
  if (!Detector) return undefined;
  const formats = (await Detector.getSupportedFormats?.().catch(() => [])) ?? ['qr_code'];
  if (!formats.includes('qr_code')) return undefined;
  const detector = new Detector({ formats: ['qr_code'] });
  return async (video) => (await detector.detect(video)).map((found) => found.rawValue);
}

/** A reader of video frames: the built-in one, or the site's own decoder, fetched only now. */
async function frameReader(): Promise<(video: HTMLVideoElement) => Promise<string[]>> {
  const builtIn = await builtInReader();
  if (builtIn) return builtIn;
  const { createFrameReader } = await import('../../lib/quiz/qr-frame-reader.ts');
  const read = createFrameReader();
  return async (video) => {
    const text = read(video);
    return text ? [text] : [];
  };
}

/**
 * Reads pupils' result QR codes with the camera, one pupil after another without pressing
 * anything: each code added gives a visible and audible tick, each refused one its reason. A code
 * held in front of the camera is read once. Frames are read in memory and never kept or sent.
 */
export default function QrScanner({
  strings,
  onCode,
}: {
  strings: ResultsStrings;
  onCode: (code: string) => ScanOutcome;
}) {
  const [available, setAvailable] = useState(false);
  const [scanning, setScanning] = useState(false);
  const [status, setStatus] = useState('');
  const [log, setLog] = useState<ScanOutcome[]>([]);
  const video = useRef<HTMLVideoElement>(null);
  const tick = useRef<() => void>();
  useEffect(() => setAvailable(Boolean(navigator.mediaDevices?.getUserMedia)), []);

  useEffect(() => {
    if (!scanning) return;
    let stream: MediaStream | undefined;
    let stopped = false;
    const seen = new Set<string>();
    const stop = (message: string) => {
      setStatus(message);
      setScanning(false);
    };
    const loop = async (read: (video: HTMLVideoElement) => Promise<string[]>) => {
      if (stopped || !video.current) return;
      try {
        for (const text of await read(video.current)) {
          if (seen.has(text)) continue;
          seen.add(text);
          const outcome = onCode(text);
          if (outcome.added) tick.current?.();
          setLog((current) => [outcome, ...current].slice(0, 8));
        }
      } catch {
        // A frame that cannot be read yet (camera warming up): try the next one.
      }
      setTimeout(() => void loop(read), 200);
    };
    setStatus(strings.scanLoading);
    Promise.all([
      frameReader().catch(() => undefined),
      navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }).catch(() => undefined),
    ]).then(async ([read, media]) => {
      stream = media;
      if (stopped) return media?.getTracks().forEach((track) => track.stop());
      if (!read) return stop(strings.scanLoadFailed);
      if (!media || !video.current) return stop(strings.scanFailed);
      video.current.srcObject = media;
      await video.current.play().catch(() => undefined);
      setStatus(strings.scanReady);
      void loop(read);
    });
    return () => {
      stopped = true;
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [scanning]);

  if (!available) return null;
  return (
    <div class="qr-scanner">
      <button
        type="button"
        class="button"
        aria-pressed={scanning}
        onClick={() => {
          tick.current ??= createTicker();
          setScanning(!scanning);
        }}
      >
        {scanning ? strings.scanStop : strings.scan}
      </button>
      {scanning && (
        <>
          <video ref={video} muted playsInline aria-label={strings.scanHelp} />
          <p class="meta">{strings.scanHelp}</p>
        </>
      )}
      <p aria-live="polite">{status}</p>
      <ol class="qr-scanner__log" aria-live="polite" aria-label={strings.scanLog}>
        {log.map((outcome, index) => (
          <li key={log.length - index} class={outcome.added ? 'qr-scanner__added' : 'qr-scanner__refused'}>
            <span aria-hidden="true">{outcome.added ? '✓ ' : '✗ '}</span>
            {outcome.message}
          </li>
        ))}
      </ol>
    </div>
  );
}
