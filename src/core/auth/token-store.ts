import type { TokenPair } from "./token-pair.js";

/**
 * Where the client keeps its token pair, so that it can be shared (between processes, or with a
 * database through your own implementation).
 *
 * The client re-reads the store inside `withLock` before deciding to renew, so a pair renewed
 * elsewhere is adopted instead of renewed again.
 */
export interface TokenStore {
  /** Returns the stored pair, or `undefined` when there is none yet. */
  load(): Promise<TokenPair | undefined>;
  /** Replaces the stored pair. */
  save(pair: TokenPair): Promise<void>;
  /**
   * Runs `task` while holding the store's exclusive lock. Stores shared between processes must
   * lock across processes; without this method, only the client's own single flight applies.
   */
  withLock?<T>(task: () => Promise<T>): Promise<T>;
}

/** Returns a store that keeps the pair in memory (the default; nothing is shared). */
export function createMemoryTokenStore(initial?: TokenPair): TokenStore {
  let pair = initial;
  return {
    load: async () => pair,
    save: async (next) => {
      pair = next;
    },
  };
}
