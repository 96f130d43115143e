import { randomUUID } from "node:crypto";
import { readFile, stat, unlink, writeFile } from "node:fs/promises";
import { AkeneoError } from "../errors/index.js";

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

async function breakIfStale(lockPath: string, staleMs: number): Promise<void> {
  try {
    const { mtimeMs } = await stat(lockPath);
    if (Date.now() - mtimeMs > staleMs) await unlink(lockPath);
  } catch (error) {
    if (!isErrorCode(error, "ENOENT")) throw error;
  }
}

async function releaseIfOwned(lockPath: string, owner: string): Promise<void> {
  try {
    if ((await readFile(lockPath, "utf8")) === owner) await unlink(lockPath);
  } catch (error) {
    if (!isErrorCode(error, "ENOENT")) throw error;
  }
}

/**
 * Runs `task` while holding an exclusive lock file, across processes.
 *
 * The lock is a file created with `wx` (fails if it exists) holding a unique owner id; it is
 * removed afterwards only if still ours. A lock older than `staleMs` (its holder crashed) is
 * broken. Works on local file systems; network file systems may not honour `wx` atomically.
 *
 * @throws {AkeneoError} when the lock cannot be taken within `timeoutMs`.
 */
export async function withFileLock<T>(
  lockPath: string,
  options: FileLockOptions,
  task: () => Promise<T>,
): Promise<T> {
  const owner = `${process.pid}:${randomUUID()}`;
  const giveUpAt = Date.now() + options.timeoutMs;
  for (;;) {
    try {
      await writeFile(lockPath, owner, { flag: "wx", mode: 0o600 });
      break;
    } catch (error) {
      if (!isErrorCode(error, "EEXIST")) throw error;
    }
    if (Date.now() > giveUpAt) {
      throw new AkeneoError(`Could not lock ${lockPath} within ${options.timeoutMs} ms`);
    }
    await breakIfStale(lockPath, options.staleMs);
    await new Promise((resolve) => setTimeout(resolve, options.retryMs * (0.5 + Math.random())));
  }
  try {
    return await task();
  } finally {
    await releaseIfOwned(lockPath, owner);
  }
}
