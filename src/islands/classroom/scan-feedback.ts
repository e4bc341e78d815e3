/**
 * The tick a teacher hears for every code added while scanning a queue of pupils' screens, so
 * they need not look at the laptop between pupils. Made with Web Audio: no sound file to load.
 * Call this in the click that starts scanning: browsers only let a page make sound after a press.
 */
export function createTicker(): () => void {
  let audio: AudioContext | undefined;
  try {
    audio = globalThis.AudioContext ? new AudioContext() : undefined;
  } catch {
    audio = undefined;
  }
  return () => {
    if (!audio) return; // No sound where audio is blocked; the visible tick is still there.
    const tone = audio.createOscillator();
    const volume = audio.createGain();
    tone.frequency.value = 1320;
    volume.gain.setValueAtTime(0.2, audio.currentTime);
    volume.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.12);
    tone.connect(volume).connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 0.12);
  };
}
