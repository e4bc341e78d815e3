import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { encodeResult, newAttemptId } from '../../src/lib/quiz/result-code.ts';
import { joinAddress } from '../../src/lib/quiz/join-code.ts';
import { chromiumArgs, findChromium } from '../../scripts/support/chromium.ts';
import { makeClass, qrVideo, takeClassQuiz } from '../support/classroom.ts';
import { axeViolations } from '../support/axe.ts';

test('the class QR code is version 4 at most, has a 4-module quiet zone and decodes from the screen', async ({
  page,
  browser,
}) => {
  const made = await makeClass(page);
  const address = joinAddress(new URL(page.url()).origin, 'en', made.joinCode.replaceAll('-', ''));
  // The site's own address (city.config.ts) is what a real class QR holds.
  expect(
    QRCode.create(joinAddress('https://privacy.lindenhaven.example', 'ar', 'K7QX2M04B9T1'), {
      errorCorrectionLevel: 'M',
    }).version,
  ).toBeLessThanOrEqual(4);
  const classQr = page.getByRole('img', { name: 'QR code to join the class' });
  const modules = QRCode.create(address, { errorCorrectionLevel: 'M' }).modules.size;
  expect(await classQr.getAttribute('viewBox')).toBe(`0 0 ${modules + 8} ${modules + 8}`);
  expect(decode(await classQr.screenshot())).toBe(address);

  // A pupil's result code on a phone-sized screen: at least 5 CSS pixels per module, and it decodes.
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
  const pupil = await phone.newPage();
  await pupil.goto(made.link);
  const { code } = await takeClassQuiz(pupil, { firstTry: [true, true, false, true] });
  const resultQr = pupil.getByRole('img', { name: 'QR code of your result code' });
  const size = (await resultQr.boundingBox())!.width;
  const side = Number((await resultQr.getAttribute('viewBox'))!.split(' ')[2]);
  expect(size / side).toBeGreaterThanOrEqual(5);
  expect(decode(await resultQr.screenshot())).toBe(code);
  await phone.close();
});

function decode(png: Buffer): string | undefined {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

test("a teacher scans pupils' result codes with a camera where the browser has no QR reader of its own", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const made = await makeClass(page);
  const pupilCode = encodeResult({
    classId: made.classId,
    attemptId: newAttemptId(),
    firstTry: [true, false, true, true],
    nickname: 'Cam',
  });
  const otherClass = encodeResult({
    classId: 'ZZZZZZ0',
    attemptId: newAttemptId(),
    firstTry: [true, true, true, true],
    nickname: 'Eve',
  });
  const video = join(tmpdir(), `pupil-qr-${Date.now()}.y4m`);
  writeFileSync(video, qrVideo([pupilCode, otherClass]));

  const camera = await chromium.launch({
    executablePath: findChromium(),
    args: [
      ...chromiumArgs,
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
  const context = await camera.newContext({ baseURL: baseURL!, serviceWorkers: 'block' });
  await context.grantPermissions(['camera']);
  await context.addInitScript(() => {
    // The fallback decoder is what is tested, whatever this Chromium has built in.
    delete (window as { BarcodeDetector?: unknown }).BarcodeDetector;
    // Count the ticks a teacher hears.
    const Original = window.AudioContext;
    (window as unknown as { __ticks: number }).__ticks = 0;
    window.AudioContext = class extends Original {
      override createOscillator() {
        (window as unknown as { __ticks: number }).__ticks++;
        return super.createOscillator();
      }
    };
  });
  const teacher = await context.newPage();
  // The class travels by its teacher link into this browser.
  await teacher.goto(made.results);
  await expect(teacher.getByRole('heading', { name: 'Results: 7B' })).toBeVisible();
  await expect(teacher.locator('astro-island[ssr]')).toHaveCount(0);
  const decoderRequests: string[] = [];
  teacher.on('request', (request) => {
    if (/qr-frame-reader/.test(request.url())) decoderRequests.push(request.url());
  });
  expect(decoderRequests).toEqual([]);

  const cdp = await context.newCDPSession(teacher);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const pressed = Date.now();
  await teacher.getByRole('button', { name: 'Scan QR codes' }).click();
  await expect(teacher.getByText('Scanning. Hold up the codes one by one.')).toBeVisible({ timeout: 30_000 });
  const ready = Date.now() - pressed;
  const log = teacher.getByRole('list', { name: 'Codes read' });
  await expect(log.getByText('Added: Cam')).toBeVisible({ timeout: 30_000 });
  const firstCode = Date.now() - pressed;
  await expect(log.getByText('Not added: it belongs to another class.')).toBeVisible({ timeout: 30_000 });
  expect(decoderRequests).toHaveLength(1);
  const chunk = await teacher.evaluate(() => {
    const entry = performance.getEntriesByType('resource').find((item) => item.name.includes('qr-frame-reader')) as
      PerformanceResourceTiming | undefined;
    return entry && { duration: Math.round(entry.duration), bytes: entry.encodedBodySize };
  });
  // Figures for the hand-over note (throttled 4×, local server).
  console.log(
    `QR decoder: ${JSON.stringify(chunk)}; camera and decoder ready ${ready} ms, first code added ${firstCode} ms after "Scan"`,
  );
  expect(await teacher.evaluate(() => (window as unknown as { __ticks: number }).__ticks)).toBe(1);
  await expect(teacher.getByText('1 pupil counted.')).toBeVisible();
  expect(await axeViolations(teacher)).toEqual([]);
  await teacher.getByRole('button', { name: 'Stop scanning' }).click();
  await camera.close();
});
