/** When this background instance started: the browser stops it when idle, so each wake is a new instance. */
let started = 0;

export function markStarted(): void {
  started = Date.now();
}

export const startedAt = () => started;
