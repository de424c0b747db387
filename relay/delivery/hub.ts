/**
 * Wakes the long polls waiting for a user's events. The webhook handler calls `notify(user)` after the event
 * is stored; each waiting request then reads from the store itself (the store, not the hub, is the source of
 * truth, so a wake-up carries no data and a missed one only costs a timeout). In memory: one relay process.
 */
export type WakeReason = 'event' | 'timeout' | 'aborted' | 'closing';

export interface Wait {
  done: Promise<WakeReason>;
  cancel(): void;
  /** performance.now() of the notify that woke it (the event was stored just before): for the delivery latency. */
  notifiedAt?: number;
}

interface Waiter {
  resolve: (reason: WakeReason) => void;
}

export class DeliveryHub {
  private readonly waiting = new Map<string, Set<Waiter>>();
  private closed = false;

  /** PBX logins compare case-insensitively. */
  private static key(user: string): string {
    return user.toLowerCase();
  }

  /**
   * A wait that resolves on the next notify for `user`, after `timeoutMs`, when `signal` aborts, or when the hub
   * closes. `cancel()` drops it without waking anyone else.
   */
  wait(user: string, timeoutMs: number, signal?: AbortSignal): Wait {
    let cancel = () => {};
    if (this.closed) return { done: Promise.resolve('closing'), cancel };
    if (signal?.aborted) return { done: Promise.resolve('aborted'), cancel };
    const key = DeliveryHub.key(user);
    const wait: Wait = { done: Promise.resolve('closing'), cancel: () => cancel() };
    wait.done = new Promise<WakeReason>((resolve) => {
      const set = this.waiting.get(key) ?? new Set<Waiter>();
      this.waiting.set(key, set);
      const finish = (reason: WakeReason) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        set.delete(waiter);
        if (set.size === 0 && this.waiting.get(key) === set) this.waiting.delete(key);
        if (reason === 'event') wait.notifiedAt = performance.now();
        resolve(reason);
      };
      const waiter: Waiter = { resolve: finish };
      const onAbort = () => finish('aborted');
      const timer = setTimeout(() => finish('timeout'), timeoutMs);
      signal?.addEventListener('abort', onAbort, { once: true });
      set.add(waiter);
      cancel = () => finish('aborted');
    });
    return wait;
  }

  /** Wakes every request waiting for `user` (several tabs or browsers of one agent); returns how many. */
  notify(user: string): number {
    const set = this.waiting.get(DeliveryHub.key(user));
    if (!set) return 0;
    const waiters = [...set];
    for (const w of waiters) w.resolve('event');
    return waiters.length;
  }

  /** Requests currently held, for /healthz and the benchmark. */
  get size(): number {
    let n = 0;
    for (const set of this.waiting.values()) n += set.size;
    return n;
  }

  /** Shutdown: answer every held request now (empty), so the server can close its sockets. */
  close(): void {
    this.closed = true;
    for (const set of [...this.waiting.values()]) for (const w of [...set]) w.resolve('closing');
  }
}
