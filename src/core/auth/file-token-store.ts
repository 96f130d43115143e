import { randomUUID } from "node:crypto";
import { statSync } from "node:fs";
import { mkdir, readFile, rename, unlink, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { CorruptTokenStoreError, InvalidArgumentError, TokenStoreError } from "../errors/index.js";
import { type FileLockOptions, withFileLock } from "./file-lock.js";
import { isTokenPair, type TokenPair } from "./token-pair.js";
import type { TokenStore } from "./token-store.js";

/** Options of the file token store. */
export interface FileTokenStoreOptions {
  /** Lock timing; the defaults suit token renewals (a few hundred ms). */
  lock?: Partial<FileLockOptions>;
}

const DEFAULT_LOCK: FileLockOptions = { staleMs: 30_000, timeoutMs: 60_000, retryMs: 20 };

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

// fs errors quote the path only, but arrive untyped: give them the SDK's class and a reason.
function storeFailure(action: string, path: string, cause: unknown): TokenStoreError {
  const code = codeOf(cause);
  const reason = code === "EISDIR" ? "it is a directory" : (code ?? "unknown failure");
  return new TokenStoreError(`Cannot ${action} the token file ${path}: ${reason}`, { cause, code });
}

async function readPair(path: string): Promise<TokenPair | undefined> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if (codeOf(error) === "ENOENT") return undefined;
    throw storeFailure("read", path, error);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // No cause: JSON.parse quotes the text it failed on, which may hold a token.
    throw new CorruptTokenStoreError(`Token file ${path} is not valid JSON`);
  }
  if (!isTokenPair(parsed)) {
    throw new CorruptTokenStoreError(`Token file ${path} does not hold a token pair`);
  }
  return parsed;
}

// Tokens are private: a folder the store creates is readable by its owner only.
async function ensureFolder(path: string): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  } catch (error) {
    throw storeFailure("create the folder of", path, error);
  }
}

async function writePairAtomically(path: string, pair: TokenPair): Promise<void> {
  await ensureFolder(path);
  // Readers see the old file or the new one, never a half-written one: write aside, then rename.
  const temporary = `${path}.${process.pid}.${randomUUID()}.tmp`;
  try {
    await writeFile(temporary, JSON.stringify(pair), { mode: 0o600, flag: "wx" });
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw storeFailure("write", path, error);
  }
}

function refuseNonFile(path: string): void {
  if (typeof path !== "string" || path === "") {
    throw new InvalidArgumentError("The token file path must be a non-empty string");
  }
  let info: ReturnType<typeof statSync>;
  try {
    info = statSync(path, { throwIfNoEntry: false });
  } catch (cause) {
    throw new InvalidArgumentError(
      `The token file path ${path} cannot be used (${codeOf(cause)})`,
      {
        cause,
      },
    );
  }
  if (info !== undefined && !info.isFile()) {
    throw new InvalidArgumentError(`The token file path ${path} exists and is not a regular file`);
  }
}

/**
 * Returns a store that keeps the token pair in a JSON file shared by several processes.
 *
 * Writes are atomic (temporary file + rename) with mode 0600; a missing folder is created with
 * mode 0700. `withLock` takes an exclusive lock file (`<path>.lock`) so that processes sharing
 * the file renew once and all pick up the rotated pair; a lock whose holder died is taken over.
 * Node only (the web build throws `NodeOnlyFeatureError`). A file that does not hold a pair makes
 * `load()` throw `CorruptTokenStoreError`, which the client
 * treats as an empty store (it warns once and writes a good pair).
 *
 * @throws {InvalidArgumentError} when the path is empty, names a directory or another non-file,
 *   or runs through a file (`ENOTDIR`).
 * @example
 * createAkeneoClient({ baseUrl, auth: { type: "token", …, tokenStore: createFileTokenStore("/var/lib/app/akeneo-token.json") } });
 */
export function createFileTokenStore(
  path: string,
  options: FileTokenStoreOptions = {},
): TokenStore {
  refuseNonFile(path);
  const lock: FileLockOptions = { ...DEFAULT_LOCK, ...options.lock };
  return {
    load: () => readPair(path),
    save: (pair) => writePairAtomically(path, pair),
    withLock: async (task) => {
      await ensureFolder(path);
      return withFileLock(`${path}.lock`, lock, task);
    },
  };
}
