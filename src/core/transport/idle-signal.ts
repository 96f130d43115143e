// A symbol on the signal, not a WeakSet: no module holds state.
const NEVER_ABORTS = Symbol("neverAborts");

/**
 * Creates a signal that never aborts and keeps no listener, for the calls whose caller gave none.
 *
 * The Node client hands one to all such calls instead of an `AbortController` per call (about
 * 2 µs each). It lives as long as the client: a listener left on an ordinary signal that long
 * would stay with all it holds, so this one drops them (they could never run anyway).
 * `AbortSignal.any()` still keeps a reference per call on a source signal (Node 20): skip such a
 * signal there, which `canAbort()` tells.
 */
export function createIdleSignal(): AbortSignal {
  const signal = new AbortController().signal;
  Object.defineProperties(signal, {
    [NEVER_ABORTS]: { value: true },
    addEventListener: { value: () => undefined },
  });
  return signal;
}

/** Tells whether a signal may ever abort (false for one made by `createIdleSignal()`). */
export function canAbort(signal: AbortSignal): boolean {
  return !(NEVER_ABORTS in signal);
}
