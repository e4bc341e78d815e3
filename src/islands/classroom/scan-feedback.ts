/**
 * The tick a teacher hears for every code added while scanning a queue of pupils' screens, so
 * they need not look at the laptop between pupils. Made with Web Audio: no sound file to load.
 */
export function tick(): void {
  const Context = globalThis.AudioContext;
  if (!Context) return;
  try {
    const audio = new Context();
    const tone = audio.createOscillator();
    const volume = audio.createGain();
    tone.frequency.value = 1320;
    volume.gain.setValueAtTime(0.2, audio.currentTime);
    volume.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.12);
    tone.connect(volume).connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 0.12);
    tone.onended = () => void audio.close();
  } catch {
    // No sound where audio is blocked; the visible tick is still there.
  }
}
