/**
 * Runs a check for events that come about once a frame (pointer moves, scrolls): at once, in the event — one
 * callback of ours per event, not two (each callback into this script costs ~0.1 ms of its own) — or, when it ran
 * less than half a frame ago, once in the next animation frame, however many events come meanwhile.
 */
const HALF_FRAME_MS = 8;

export function onceAFrame(check: () => void): () => void {
  let ranAt = -Infinity;
  let pending = false;
  const run = () => {
    ranAt = performance.now();
    check();
  };
  return () => {
    if (pending) return;
    if (performance.now() - ranAt > HALF_FRAME_MS) return run();
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      run();
    });
  };
}
