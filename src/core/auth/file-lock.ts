import { randomUUID } from "node:crypto";
import { readFile, stat, unlink, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { AkeneoError, TokenStoreError } from "../errors/index.js";

/** How a lock file is taken. */
export interface FileLockOptions {
  /** A lock older than this is considered left behind by a dead process and broken. */
  staleMs: number;
  /** Give up (and throw) after waiting this long. */
  timeoutMs: number;
  /** Pause between attempts while another process holds the lock. */
  retryMs: number;
}

function isErrorCode(error: unknown, code: string): boolean {
  return (error as { code?: unknown }).code === code;
}

function lockFailure(lockPath: string, cause: unknown): TokenStoreError {
  const code = (cause as { code?: unknown }).code;
  const known = typeof code === "string" ? code : undefined;
  return new TokenStoreError(
    `Cannot use the lock file ${lockPath}: ${known ?? "unknown failure"}`,
    {
      cause,
      code: known,
    },
  );
}

// The holder writes `host:pid:random`; a pid can only be checked on the holder's own host.
function isHolderDead(owner: string): boolean {
  const [host, pidText] = owner.split(":");
  const pid = Number(pidText);
  if (host !== hostname() || !Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return isErrorCode(error, "ESRCH");
  }
}

async function breakIfStale(lockPath: string, staleMs: number): Promise<void> {
  try {
    const owner = await readFile(lockPath, "utf8");
    const { mtimeMs } = await stat(lockPath);
    if (!isHolderDead(owner) && Date.now() - mtimeMs <= staleMs) return;
    // Another waiter may have broken it and taken a fresh lock meanwhile: only break what we judged.
    if ((await readFile(lockPath, "utf8")) === owner) await unlink(lockPath);
  } catch (error) {
    if (!isErrorCode(error, "ENOENT")) throw lockFailure(lockPath, error);
  }
}

async function releaseIfOwned(lockPath: string, owner: string): Promise<void> {
  try {
    if ((await readFile(lockPath, "utf8")) === owner) await unlink(lockPath);
  } catch (error) {
    if (!isErrorCode(error, "ENOENT")) throw lockFailure(lockPath, error);
  }
}

/**
 * Runs `task` while holding an exclusive lock file, across processes.
 *
 * The lock is a file created with `wx` (fails if it exists) holding a unique owner id; it is
 * removed afterwards only if still ours. A lock whose holder process is dead (same host) is broken
 * at once; one older than `staleMs` is broken whatever its holder. Works on local file systems;
 * network file systems may not honour `wx` atomically.
 *
 * @throws {AkeneoError} when the lock cannot be taken within `timeoutMs`.
 */
export async function withFileLock<T>(
  lockPath: string,
  options: FileLockOptions,
  task: () => Promise<T>,
): Promise<T> {
  const owner = `${hostname()}:${process.pid}:${randomUUID()}`;
  const giveUpAt = Date.now() + options.timeoutMs;
  for (;;) {
    try {
      await writeFile(lockPath, owner, { flag: "wx", mode: 0o600 });
      break;
    } catch (error) {
      if (!isErrorCode(error, "EEXIST")) throw lockFailure(lockPath, error);
    }
    await breakIfStale(lockPath, options.staleMs);
    if (Date.now() > giveUpAt) {
      throw new AkeneoError(`Could not lock ${lockPath} within ${options.timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, options.retryMs * (0.5 + Math.random())));
  }
  try {
    return await task();
  } finally {
    await releaseIfOwned(lockPath, owner);
  }
}
