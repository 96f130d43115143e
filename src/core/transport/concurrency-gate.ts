/** Limits how many attempts are in flight at once; waiters are served first come, first served. */
export interface ConcurrencyGate {
  /**
   * Waits for a free slot and returns the function that frees it (call it exactly once).
   * A `priority` caller goes to the front of the queue.
   */
  acquire(signal: AbortSignal, priority?: boolean): Promise<() => void>;
  /** Number of attempts holding a slot. */
  readonly inFlight: number;
  /** Number of attempts waiting for a slot. */
  readonly waiting: number;
}

interface Waiter {
  grant: (release: () => void) => void;
}

/** Creates a gate that lets at most `maxInFlight` attempts run together. */
export function createConcurrencyGate(maxInFlight: number): ConcurrencyGate {
  let inFlight = 0;
  const queue: Waiter[] = [];
  const release = (): void => {
    const nextWaiter = queue.shift();
    if (nextWaiter) nextWaiter.grant(createRelease());
    else inFlight--;
  };
  const createRelease = (): (() => void) => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      release();
    };
  };
  return {
    get inFlight() {
      return inFlight;
    },
    get waiting() {
      return queue.length;
    },
    acquire(signal, priority = false) {
      if (inFlight < maxInFlight) {
        inFlight++;
        return Promise.resolve(createRelease());
      }
      return new Promise((resolve, reject) => {
        const waiter: Waiter = {
          grant: (granted) => {
            signal.removeEventListener("abort", onAbort);
            resolve(granted);
          },
        };
        const onAbort = (): void => {
          const index = queue.indexOf(waiter);
          if (index !== -1) queue.splice(index, 1);
          reject(signal.reason);
        };
        if (signal.aborted) {
          reject(signal.reason);
          return;
        }
        signal.addEventListener("abort", onAbort, { once: true });
        if (priority) queue.unshift(waiter);
        else queue.push(waiter);
      });
    },
  };
}
