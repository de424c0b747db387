import { afterEach, describe, expect, it, vi } from 'vitest';
import { onceAFrame } from '../../src/content/once-a-frame.ts';

describe('a check for events that come about once a frame', () => {
  afterEach(() => vi.useRealTimers());

  it('runs in the event, and events closer than half a frame share one run in the next frame', () => {
    vi.useFakeTimers({ toFake: ['performance', 'requestAnimationFrame'] });
    const check = vi.fn();
    const event = onceAFrame(check);
    event();
    expect(check).toHaveBeenCalledTimes(1); // at once
    event();
    event();
    expect(check).toHaveBeenCalledTimes(1); // waiting for the next frame, once for both
    vi.advanceTimersByTime(16);
    expect(check).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(16);
    event();
    expect(check).toHaveBeenCalledTimes(3); // a frame later: at once again
  });
});
