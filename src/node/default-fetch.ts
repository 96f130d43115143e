import type { FetchLike } from "../core/transport/index.js";
import { createUndiciFetch } from "./undici-fetch.js";

/** What the default transport is sized by. */
export interface DefaultFetchOptions {
  /** Most connections kept open to the PIM; omitted when a shared limiter sets the budget. */
  connections?: number | undefined;
}

// Bun and Deno answer to `process.versions.node` but run their own HTTP stacks.
function hasNodeHttpStack(): boolean {
  const runtime = globalThis as {
    process?: { versions?: { node?: unknown } };
    Bun?: unknown;
    Deno?: unknown;
  };
  return (
    typeof runtime.process?.versions?.node === "string" &&
    runtime.Bun === undefined &&
    runtime.Deno === undefined
  );
}

/**
 * Creates the `fetch` a client uses when the caller gives none: undici with keep-alive connections
 * sized to the concurrency gate on Node, the global `fetch` on any other runtime.
 */
export function createDefaultFetch(options: DefaultFetchOptions): FetchLike {
  if (hasNodeHttpStack()) return createUndiciFetch({ connections: options.connections });
  return (input, init) => fetch(input, init);
}
