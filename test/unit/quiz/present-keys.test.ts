import { describe, expect, it } from 'vitest';
import { presentAction } from '../../../src/lib/quiz/present-keys.ts';

describe('presentAction', () => {
  it('reads R and F from the physical key in a non-Latin layout', () => {
    expect(presentAction({ key: 'ق', code: 'KeyR' })).toBe('reveal');
    expect(presentAction({ key: 'ب', code: 'KeyF' })).toBe('full-screen');
    expect(presentAction({ key: 'к', code: 'KeyR' })).toBe('reveal');
  });

  it('reads R and F from the key in Latin layouts, in either case', () => {
    expect(presentAction({ key: 'r', code: 'KeyR' })).toBe('reveal');
    expect(presentAction({ key: 'R', code: 'KeyR' })).toBe('reveal');
    expect(presentAction({ key: 'f', code: 'KeyF' })).toBe('full-screen');
    // AZERTY and Dvorak: the letter is elsewhere; the key labelled R still reveals.
    expect(presentAction({ key: 'r', code: 'KeyO' })).toBe('reveal');
  });

  it('turns pages with arrows, Page Up/Down and Space', () => {
    expect(presentAction({ key: 'ArrowRight', code: 'ArrowRight' })).toBe('next');
    expect(presentAction({ key: 'PageDown', code: 'PageDown' })).toBe('next');
    expect(presentAction({ key: ' ', code: 'Space' })).toBe('next');
    expect(presentAction({ key: 'ArrowLeft', code: 'ArrowLeft' })).toBe('back');
    expect(presentAction({ key: 'PageUp', code: 'PageUp' })).toBe('back');
  });

  it('leaves other keys alone', () => {
    expect(presentAction({ key: 'Enter', code: 'Enter' })).toBeUndefined();
    expect(presentAction({ key: 'ش', code: 'KeyA' })).toBeUndefined();
    expect(presentAction({ key: 'Tab', code: 'Tab' })).toBeUndefined();
  });
});
