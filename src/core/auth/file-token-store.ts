import { randomUUID } from "node:crypto";
import { readFile, rename, unlink, writeFile } from "node:fs/promises";
import { AkeneoError } from "../errors/index.js";
import { type FileLockOptions, withFileLock } from "./file-lock.js";
import { isTokenPair, type TokenPair } from "./token-pair.js";
import type { TokenStore } from "./token-store.js";

/** Options of the file token store. */
export interface FileTokenStoreOptions {
  /** Lock timing; the defaults suit token renewals (a few hundred ms). */
  lock?: Partial<FileLockOptions>;
}

const DEFAULT_LOCK: FileLockOptions = { staleMs: 30_000, timeoutMs: 60_000, retryMs: 20 };

async function readPair(path: string): Promise<TokenPair | undefined> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as { code?: unknown }).code === "ENOENT") return undefined;
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (cause) {
    throw new AkeneoError(`Token file ${path} is not valid JSON`, { cause });
  }
  if (!isTokenPair(parsed)) throw new AkeneoError(`Token file ${path} does not hold a token pair`);
  return parsed;
}

async function writePairAtomically(path: string, pair: TokenPair): Promise<void> {
  // Readers see the old file or the new one, never a half-written one: write aside, then rename.
  const temporary = `${path}.${process.pid}.${randomUUID()}.tmp`;
  try {
    await writeFile(temporary, JSON.stringify(pair), { mode: 0o600, flag: "wx" });
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/**
 * Returns a store that keeps the token pair in a JSON file shared by several processes.
 *
 * Writes are atomic (temporary file + rename) with mode 0600; `withLock` takes an exclusive
 * lock file (`<path>.lock`) so that processes sharing the file renew once and all pick up the
 * rotated pair. The directory must exist.
 *
 * @example
 * createAkeneoClient({ baseUrl, auth: { type: "token", …, tokenStore: createFileTokenStore("/var/lib/app/akeneo-token.json") } });
 */
export function createFileTokenStore(
  path: string,
  options: FileTokenStoreOptions = {},
): TokenStore {
  const lock: FileLockOptions = { ...DEFAULT_LOCK, ...options.lock };
  return {
    load: () => readPair(path),
    save: (pair) => writePairAtomically(path, pair),
    withLock: (task) => withFileLock(`${path}.lock`, lock, task),
  };
}
