/**
 * The optional sound at zero: three short tones made with WebAudio (no file to load), and the
 * per-device choice to hear it, off unless this device turned it on.
 */

const SOUND_KEY = 'ansvarstavla:timer-sound';

let context: AudioContext | null = null;

/** Whether this device plays the sound at zero. */
export function loadSoundChoice(): boolean {
  try {
    return localStorage.getItem(SOUND_KEY) === 'on';
  } catch {
    // Storage may be disabled; the sound then stays off, which is the default anyway.
    return false;
  }
}

/** Remembers the choice; turning it on also unlocks audio, which browsers allow only in a click. */
export function saveSoundChoice(on: boolean): void {
  try {
    localStorage.setItem(SOUND_KEY, on ? 'on' : 'off');
  } catch {
    // Without storage the choice lasts for this page only.
  }
  if (on) void audio()?.resume();
}

function audio(): AudioContext | null {
  if (context) return context;
  const Ctor = typeof window === 'undefined' ? undefined : window.AudioContext;
  context = Ctor ? new Ctor() : null;
  return context;
}

/** Plays the signal: three rising beeps, about a second in all. */
export function playChime(): void {
  const ctx = audio();
  if (!ctx) return;
  void ctx.resume();
  [660, 880, 1100].forEach((frequency, i) => {
    const start = ctx.currentTime + i * 0.3;
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.frequency.value = frequency;
    // A short ramp in and out; a hard start and stop clicks.
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(0.25, start + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.22);
    osc.connect(gain).connect(ctx.destination);
    osc.start(start);
    osc.stop(start + 0.25);
  });
}
