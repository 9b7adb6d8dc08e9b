// The console's few browser-side helpers (what Blazor cannot do from the server): Enter sends and Shift+Enter makes a
// new line in the composer, and a short chime for a new handoff (the tab's title carries the count as its badge).
window.npsbotConsole = {
  chime() {
    const AudioContext = window.AudioContext || window.webkitAudioContext;
    if (!AudioContext) return;
    const audio = new AudioContext();
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.frequency.value = 880;
    gain.gain.setValueAtTime(0.15, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + 0.4);
    tone.connect(gain).connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 0.4);
  },
};

document.addEventListener('keydown', (event) => {
  const box = event.target;
  if (!(box instanceof HTMLTextAreaElement) || !box.hasAttribute('data-composer')) return;
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    box.closest('.composer')?.querySelector('[data-send]')?.click();
  }
});
