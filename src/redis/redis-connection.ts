import { createHash } from "node:crypto";
import { createClient } from "redis";
import { rejectOption } from "../core/client/option-checks.js";
import { AkeneoError } from "../core/errors/index.js";
import { isPlainRecord } from "../core/values/index.js";
import { RedisUnavailableError } from "./redis-unavailable-error.js";

/** Arguments of a Lua script call, as node-redis takes them. */
export interface RedisScriptArguments {
  keys: string[];
  arguments: string[];
}

/**
 * The two methods the SDK uses from a node-redis client (`createClient`) or cluster
 * (`createCluster`, which routes a script by its first key).
 */
export interface RedisScriptClient {
  /** Runs a script by its body (EVAL). */
  eval(script: string, options: RedisScriptArguments): Promise<unknown>;
  /** Runs a script the server already knows by its SHA-1 (EVALSHA). */
  evalSha(sha1: string, options: RedisScriptArguments): Promise<unknown>;
}

/** Where Redis is: a URL (the SDK opens and closes the connection) or a client you manage. */
export interface RedisConnectionOptions {
  /** `redis://[[user]:password@]host[:port][/db]` or `rediss://…`; give this or `client`. */
  url?: string;
  /** A connected node-redis client or cluster; give this or `url`. Its `close()` is yours. */
  client?: RedisScriptClient;
}

/** A Lua script with its SHA-1, sent by hash and by body only when the server lacks it. */
export interface RedisScript {
  readonly source: string;
  readonly sha1: string;
}

/** Until when, and under which signal, a Redis call may keep trying. */
export interface RedisDeadline {
  /** Absolute time in ms since the epoch after which the call fails with `RedisUnavailableError`. */
  readonly untilMs: number;
  /** Aborts the call; it then rejects with the signal's reason. */
  readonly signal?: AbortSignal | undefined;
}

/** One Redis connection as the limiter and the token store use it. */
export interface RedisConnection {
  /**
   * Runs a script; retries while Redis is unreachable or restarting, until the deadline.
   *
   * @throws {RedisUnavailableError} when Redis did not answer by the deadline.
   * @throws {AkeneoError} when Redis refused the script (a reply error).
   */
  run(
    script: RedisScript,
    keys: string[],
    args: string[],
    deadline: RedisDeadline,
  ): Promise<unknown>;
  /**
   * Returns the error to give a caller that waited `waitedMs` behind others while Redis was
   * unreachable (its last call failed), or `undefined` when Redis last answered.
   */
  outage(waitedMs: number): RedisUnavailableError | undefined;
  /** Closes the connection if the SDK opened it (from `url`); a given client is left open. */
  close(): Promise<void>;
}

/** Defines a script once, with its SHA-1 for EVALSHA. */
export function defineRedisScript(source: string): RedisScript {
  return { source, sha1: createHash("sha1").update(source).digest("hex") };
}

// Replies that mean "not now" rather than "never": the server is loading its data after a
// restart, busy with a script, or a Cluster is re-sharding.
const TRANSIENT_REPLY = /^(LOADING|BUSY|TRYAGAIN|CLUSTERDOWN|MASTERDOWN|READONLY)\b/;

function isReplyError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /ErrorReply|SimpleError|BlobError/.test(error.constructor.name) &&
    !TRANSIENT_REPLY.test(error.message)
  );
}

function describeFailure(error: unknown): string {
  if (error === undefined) return "no answer";
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") return code;
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function parseRedisUrl(value: unknown): URL {
  if (typeof value !== "string") return rejectOption("url", value, "a redis:// or rediss:// URL");
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return rejectOption("url", value, "a redis:// or rediss:// URL");
  }
  if (url.protocol !== "redis:" && url.protocol !== "rediss:") {
    rejectOption("url", value, "a redis:// or rediss:// URL");
  }
  return url;
}

function isScriptClient(value: unknown): value is RedisScriptClient {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { eval?: unknown }).eval === "function" &&
    typeof (value as { evalSha?: unknown }).evalSha === "function"
  );
}

const RETRY_MIN_MS = 25;
const RETRY_MAX_MS = 250;
const CONNECT_TIMEOUT_MS = 2_000;
const READY_POLL_MS = 10;

function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

// Settles with the command, or rejects when the deadline passes or the signal aborts first: a
// given client may queue commands while offline, and none may outlive the caller's deadline.
function withinDeadline<T>(command: Promise<T>, deadline: RedisDeadline): Promise<T> {
  const remaining = deadline.untilMs - Date.now();
  return new Promise<T>((resolve, reject) => {
    const { signal } = deadline;
    const cleanUp = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    };
    const onAbort = (): void => {
      cleanUp();
      reject(signal?.reason);
    };
    const timer = setTimeout(
      () => {
        cleanUp();
        reject(new Error("no answer before the deadline"));
      },
      Math.max(0, remaining),
    );
    signal?.addEventListener("abort", onAbort, { once: true });
    command.then(
      (value) => {
        cleanUp();
        resolve(value);
      },
      (error: unknown) => {
        cleanUp();
        reject(error);
      },
    );
  });
}

interface OwnedClient {
  client: RedisScriptClient;
  /** Opens the connection once; later calls do nothing. */
  open(): void;
  isReady(): boolean;
  close(): Promise<void>;
}

// The SDK's own client fails fast while disconnected (no offline queue) and reconnects in the
// background, so a restart of Redis costs the calls at most the time it takes. It is built at
// once (node-redis takes a while to build its first client, which must not eat a call's
// deadline) and connects on first use (an unused limiter holds no socket).
function openOwnedClient(
  url: string,
  onError: (error: unknown) => void,
  onReady: () => void,
): OwnedClient {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: CONNECT_TIMEOUT_MS,
      reconnectStrategy: (retries: number) => Math.min(RETRY_MIN_MS * 2 ** retries, RETRY_MAX_MS),
    },
  });
  client.on("error", onError);
  client.on("ready", onReady);
  let opened = false;
  return {
    client: client as unknown as RedisScriptClient,
    open: () => {
      if (opened) return;
      opened = true;
      client.connect().catch(onError);
    },
    isReady: () => client.isReady,
    close: async () => {
      if (client.isOpen) await client.close();
      else client.destroy();
    },
  };
}

/**
 * Checks `url` / `client` and returns the connection; nothing is opened before the first call.
 *
 * @throws {InvalidOptionError} when neither or both are given, or one has the wrong shape.
 */
export function createRedisConnection(options: RedisConnectionOptions): RedisConnection {
  if (!isPlainRecord(options)) {
    return rejectOption("options", options, "an object with url or client, and key");
  }
  const { url, client } = options;
  if ((url === undefined) === (client === undefined)) {
    rejectOption(
      url === undefined ? "url" : "client",
      url ?? client,
      "exactly one of url and client",
    );
  }
  if (client !== undefined && !isScriptClient(client)) {
    rejectOption("client", client, "a node-redis client or cluster (with eval and evalSha)");
  }
  const parsed = url === undefined ? undefined : parseRedisUrl(url);
  const target =
    parsed === undefined ? "the given client" : `${parsed.hostname}:${parsed.port || "6379"}`;
  // The socket's own failure (ECONNREFUSED…) says more than a command's "client is offline".
  let connectionError: unknown;
  let commandError: unknown;
  let down = false;
  let closed = false;
  const owned: OwnedClient | undefined =
    client === undefined
      ? openOwnedClient(
          url as string,
          (error) => {
            connectionError = error;
          },
          () => {
            connectionError = undefined;
          },
        )
      : undefined;
  const scriptClient = (): RedisScriptClient => {
    if (owned === undefined) return client as RedisScriptClient;
    owned.open();
    return owned.client;
  };
  const call = async (script: RedisScript, args: RedisScriptArguments): Promise<unknown> => {
    const redis = scriptClient();
    try {
      return await redis.evalSha(script.sha1, args);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith("NOSCRIPT")) throw error;
      return redis.eval(script.source, args);
    }
  };
  // The SDK's own client says when it is connected: wait for that rather than send and fail.
  const waitUntilReady = async (deadline: RedisDeadline): Promise<boolean> => {
    while (owned !== undefined && !owned.isReady() && !closed) {
      const remaining = deadline.untilMs - Date.now();
      if (remaining <= 0) return false;
      down = true;
      await pause(Math.min(READY_POLL_MS, remaining), deadline.signal);
    }
    return true;
  };
  return {
    async run(script, keys, args, deadline) {
      const startedAt = Date.now();
      let delayMs = RETRY_MIN_MS;
      scriptClient();
      for (;;) {
        if (closed) throw new AkeneoError("This Redis limiter or token store was closed");
        if (deadline.signal?.aborted) throw deadline.signal.reason;
        if (await waitUntilReady(deadline)) {
          try {
            const answer = await withinDeadline(call(script, { keys, arguments: args }), deadline);
            down = false;
            return answer;
          } catch (error) {
            if (deadline.signal?.aborted) throw deadline.signal.reason;
            if (isReplyError(error)) {
              throw new AkeneoError(`Redis refused a script: ${(error as Error).message}`, {
                cause: error,
              });
            }
            commandError = error;
          }
        }
        // Callers queued behind this one learn from this that Redis, not the budget, held them.
        down = true;
        const remaining = deadline.untilMs - Date.now();
        if (remaining <= 0) {
          const cause = connectionError ?? commandError;
          throw new RedisUnavailableError(target, Date.now() - startedAt, describeFailure(cause), {
            cause,
          });
        }
        await pause(Math.min(delayMs * (0.5 + Math.random() / 2), remaining), deadline.signal);
        delayMs = Math.min(delayMs * 2, RETRY_MAX_MS);
      }
    },
    outage(waitedMs) {
      if (!down) return undefined;
      const cause = connectionError ?? commandError;
      return new RedisUnavailableError(target, waitedMs, describeFailure(cause), { cause });
    },
    async close() {
      closed = true;
      await owned?.close();
    },
  };
}
