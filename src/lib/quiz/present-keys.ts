/** What a key press does in present mode. */
export type PresentAction = 'next' | 'back' | 'reveal' | 'full-screen';

/** The keys of a keyboard and of presenter clickers (which send Page Down / Page Up). */
const NEXT_KEYS = new Set(['ArrowRight', 'PageDown', ' ']);
const BACK_KEYS = new Set(['ArrowLeft', 'PageUp']);

/**
 * The action of a key press, or undefined for keys present mode leaves alone. R and F are read
 * from `code`, the physical key, as well as from `key`: with an Arabic (or Greek, Russian…) layout
 * the R key sends key "ق", and the teacher presses the key labelled R on the keyboard.
 */
export function presentAction(event: Pick<KeyboardEvent, 'key' | 'code'>): PresentAction | undefined {
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (NEXT_KEYS.has(key)) return 'next';
  if (BACK_KEYS.has(key)) return 'back';
  if (key === 'r' || event.code === 'KeyR') return 'reveal';
  if (key === 'f' || event.code === 'KeyF') return 'full-screen';
  return undefined;
}
