import { randomUUID } from "node:crypto";
import {
  rejectOption,
  rejectUnknownKeys,
  requireInteger,
  requireNumber,
} from "../core/client/option-checks.js";
import { TimeoutError } from "../core/errors/index.js";
import { createConcurrencyGate } from "../core/transport/concurrency-gate.js";
import type { Limiter, LimiterRequest } from "../core/transport/limiter.js";
import { isPlainRecord } from "../core/values/index.js";
import { ACQUIRE_SLOT, RELEASE_SLOT, RENEW_SLOTS } from "./limiter-scripts.js";
import {
  createRedisConnection,
  type RedisConnection,
  type RedisConnectionOptions,
} from "./redis-connection.js";
import { deriveRedisKeys } from "./redis-keys.js";
import { isRedisUnavailableError } from "./redis-unavailable-error.js";

/** Options of `createRedisLimiter`. */
export interface RedisLimiterOptions extends RedisConnectionOptions {
  /** Names one PIM connection, e.g. `pim.example.com/erp-import`; every worker of it uses the same. */
  key: string;
  /** Attempts in flight at once across every process using `key` (Akeneo allows 4 per connection). @default 4 */
  maxConcurrency?: number;
  /** Request starts per second across every process using `key`. @default no rate limit */
  requestsPerSecond?: number;
  /**
   * How long a slot outlives its holder's last sign of life: a crashed worker's slots come back
   * after this. Holders renew their leases every third of it. @default 5000
   */
  leaseMs?: number;
  /** Longest wait for Redis or a slot when the call has no timeout of its own. @default 30000 */
  maxWaitMs?: number;
}

/** A limiter whose budget lives in Redis, shared by every process that uses the same key. */
export interface RedisLimiter extends Limiter {
  /** Stops renewing leases and closes the connection the limiter opened (not a given client). */
  close(): Promise<void>;
}

const OPTION_KEYS = [
  "url",
  "client",
  "key",
  "maxConcurrency",
  "requestsPerSecond",
  "leaseMs",
  "maxWaitMs",
];
/** How long past the call's deadline a slot poll's own command limit falls (see pollForSlot). */
const DEADLINE_GRACE_MS = 250;
const POLL_MIN_MS = 2;
const POLL_MAX_MS = 8;

function readOptions(options: RedisLimiterOptions) {
  return {
    maxConcurrency:
      options.maxConcurrency === undefined
        ? 4
        : requireInteger("maxConcurrency", options.maxConcurrency, 1, 1000),
    intervalMs:
      options.requestsPerSecond === undefined
        ? 0
        : 1000 / requireNumber("requestsPerSecond", options.requestsPerSecond, 0.001, 10_000),
    leaseMs:
      options.leaseMs === undefined
        ? 5_000
        : requireInteger("leaseMs", options.leaseMs, 100, 600_000),
    maxWaitMs:
      options.maxWaitMs === undefined
        ? 30_000
        : requireInteger("maxWaitMs", options.maxWaitMs, 1, 3_600_000),
  };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

// Keeps the held slots alive: one script call per renewal for every slot of the process, so a
// long download's slot is not reclaimed, while a dead process's slots expire after one lease.
function createLeaseKeeper(
  connection: RedisConnection,
  slotsKey: string,
  leaseMs: number,
): { hold(id: string): void; drop(id: string): void; stop(): void } {
  const held = new Set<string>();
  let timer: ReturnType<typeof setInterval> | undefined;
  const renew = (): void => {
    if (held.size === 0) return;
    connection
      .run(RENEW_SLOTS, [slotsKey], [String(leaseMs), ...held], {
        untilMs: Date.now() + leaseMs / 3,
      })
      .catch(() => undefined);
  };
  return {
    hold(id) {
      held.add(id);
      if (timer === undefined) {
        timer = setInterval(renew, Math.max(50, Math.floor(leaseMs / 3)));
        timer.unref();
      }
    },
    drop(id) {
      held.delete(id);
      if (held.size === 0 && timer !== undefined) {
        clearInterval(timer);
        timer = undefined;
      }
    },
    stop() {
      held.clear();
      if (timer !== undefined) clearInterval(timer);
      timer = undefined;
    },
  };
}

/**
 * Creates a limiter that shares one concurrency budget and one requests-per-second budget
 * between every process (on any machine) created with the same Redis and `key`.
 *
 * A slot is a member of a Redis sorted set scored by its lease expiry, taken and freed by Lua
 * scripts (atomic); the holder renews its leases while the attempt runs, so a killed worker's
 * slots come back within `leaseMs`. Request starts are spaced by `1000 / requestsPerSecond` ms
 * across all processes, on Redis's clock. Waiting for a slot, or for an unreachable Redis, never
 * outlasts the call's timeout: the call then fails with `TimeoutError` (budget full) or
 * `RedisUnavailableError` (Redis down), and nothing is sent without a slot.
 *
 * @throws {InvalidOptionError} naming the faulty option.
 * @example
 * const limiter = createRedisLimiter({ url: "redis://127.0.0.1:6379/0", key: "pim.example.com/erp" });
 * const client = createAkeneoClient({ baseUrl, auth, limiter });
 * // … at shutdown
 * await limiter.close();
 */
export function createRedisLimiter(options: RedisLimiterOptions): RedisLimiter {
  if (!isPlainRecord(options)) {
    rejectOption("options", options, "an object with url or client, and key");
  }
  rejectUnknownKeys("", options as unknown as Record<string, unknown>, OPTION_KEYS);
  const keys = deriveRedisKeys(options.key);
  const { maxConcurrency, intervalMs, leaseMs, maxWaitMs } = readOptions(options);
  const connection = createRedisConnection(options);
  // No process needs more pollers than the whole budget: the others wait here, in order.
  const localGate = createConcurrencyGate(maxConcurrency);
  const pollingTurn = createConcurrencyGate(1);
  const leases = createLeaseKeeper(connection, keys.slots, leaseMs);
  const scriptArgs = (id: string): string[] => [
    id,
    String(leaseMs),
    String(maxConcurrency),
    String(intervalMs),
  ];

  // A slot freed here is worth an immediate look: the poller's pause ends early.
  let wakePoller: (() => void) | undefined;
  const pausePolling = (ms: number, deadline: AbortSignal): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const done = (): void => {
        clearTimeout(timer);
        deadline.removeEventListener("abort", onAbort);
        wakePoller = undefined;
      };
      const onAbort = (): void => {
        done();
        reject(deadline.reason);
      };
      const timer = setTimeout(() => {
        done();
        resolve();
      }, ms);
      wakePoller = () => {
        done();
        resolve();
      };
      if (deadline.aborted) onAbort();
      else deadline.addEventListener("abort", onAbort, { once: true });
    });

  // Returns the slot's id and the ms to wait for the rate budget before sending.
  const pollForSlot = async (
    untilMs: number,
    deadline: AbortSignal,
  ): Promise<{ id: string; wait: number }> => {
    let pollMs = POLL_MIN_MS;
    for (;;) {
      const id = randomUUID();
      let wait: number;
      try {
        wait = Number(
          // The call's deadline ends a poll still in flight through the signal, a moment before
          // the command's own limit: a slow answer at the deadline is the budget's timeout, not an
          // outage of a Redis that has been answering.
          await connection.run(ACQUIRE_SLOT, [keys.slots, keys.rate], scriptArgs(id), {
            untilMs: untilMs + DEADLINE_GRACE_MS,
            signal: deadline,
          }),
        );
      } catch (error) {
        // The script may still run after we gave up: free the slot it would take (the release
        // goes out after it on the same connection).
        connection
          .run(RELEASE_SLOT, [keys.slots], [id], { untilMs: Date.now() + leaseMs })
          .catch(() => undefined);
        throw error;
      }
      if (wait >= 0) {
        leases.hold(id);
        return { id, wait };
      }
      await pausePolling(pollMs * (0.5 + Math.random()), deadline);
      pollMs = Math.min(pollMs * 2, POLL_MAX_MS);
    }
  };

  const takeSlot = async (
    request: LimiterRequest,
    untilMs: number,
    deadline: AbortSignal,
  ): Promise<string> => {
    // One poller per process: the others wait their turn here rather than load Redis.
    const releaseTurn = await pollingTurn.acquire(deadline, request.priority);
    let slot: { id: string; wait: number };
    try {
      slot = await pollForSlot(untilMs, deadline);
    } finally {
      releaseTurn();
    }
    try {
      if (slot.wait > 0) await sleep(slot.wait, deadline);
    } catch (reason) {
      freeSlot(slot.id);
      throw reason;
    }
    return slot.id;
  };

  const freeSlot = (id: string): void => {
    leases.drop(id);
    connection.run(RELEASE_SLOT, [keys.slots], [id], { untilMs: Date.now() + leaseMs }).then(
      () => wakePoller?.(),
      () => undefined,
    );
  };

  return {
    async acquire(request) {
      const waitMs = request.timeoutMs ?? maxWaitMs;
      const untilMs = Date.now() + waitMs;
      // One controller ends the wait, from a timer or from the caller's abort, forwarded by a
      // listener removed after the wait. Not AbortSignal.any(): the caller's signal may live as
      // long as the client, and on Node 20 any() leaves a reference per call on it; nor
      // AbortSignal.timeout(), which Node may collect inside any() before it fires (#57736).
      const timeout = new AbortController();
      const timer = setTimeout(() => timeout.abort(new Error("slot wait timed out")), waitMs);
      const forwardAbort = (): void => timeout.abort(request.signal.reason);
      if (request.signal.aborted) forwardAbort();
      else request.signal.addEventListener("abort", forwardAbort, { once: true });
      const deadline = timeout.signal;
      let releaseLocal: (() => void) | undefined;
      let id: string;
      try {
        releaseLocal = await localGate.acquire(deadline, request.priority);
        id = await takeSlot(request, untilMs, deadline);
      } catch (error) {
        releaseLocal?.();
        if (isRedisUnavailableError(error) || request.signal.aborted || !deadline.aborted) {
          throw error;
        }
        // Waiting behind a call that found Redis down is waiting for Redis, not for the budget.
        throw (
          connection.outage(waitMs) ??
          new TimeoutError({ method: request.method, url: request.url, timeoutMs: waitMs })
        );
      } finally {
        clearTimeout(timer);
        request.signal.removeEventListener("abort", forwardAbort);
      }
      const freeLocal = releaseLocal;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        freeSlot(id);
        freeLocal();
      };
    },
    async close() {
      leases.stop();
      await connection.close();
    },
  };
}
