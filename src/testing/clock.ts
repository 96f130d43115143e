/** The emulator's sense of time: token expiry and `updated` stamps read it, tests move it. */
export interface FakeClock {
  /** Returns the emulated current time in milliseconds since the epoch. */
  now(): number;
  /** Moves the emulated time forward by this many milliseconds. */
  advance(ms: number): void;
}

/** Creates a clock that follows the wall clock plus whatever offset tests add. */
export function createFakeClock(readWallClock: () => number = Date.now): FakeClock {
  let offsetMs = 0;
  return {
    now: () => readWallClock() + offsetMs,
    advance(ms: number): void {
      if (!Number.isFinite(ms) || ms < 0)
        throw new RangeError(`advance() expects ms >= 0, got ${ms}`);
      offsetMs += ms;
    },
  };
}

/** Formats a time the way Akeneo writes `created` and `updated` (ISO 8601 with +00:00). */
export function formatAkeneoDate(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}+00:00`;
}
