import jsQR from 'jsqr';

/** Frames are scaled down to this width before decoding: enough for a code held up to a laptop camera, and fast on old laptops. */
const MAX_WIDTH = 640;

/**
 * The QR reader for browsers without a built-in one (`BarcodeDetector`: Firefox, desktop Chrome
 * on Windows and Linux): jsQR, plain JavaScript served by this site, loaded only when the teacher
 * presses "Scan" (the budgets check names this chunk). Each frame is drawn on a canvas that is
 * never attached to the page, read, and overwritten by the next.
 */
export function createFrameReader(): (video: HTMLVideoElement) => string | undefined {
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return (video) => {
    if (!context || video.videoWidth === 0) return undefined;
    const scale = Math.min(1, MAX_WIDTH / video.videoWidth);
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    return jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' })?.data || undefined;
  };
}
