import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { withFileLock } from "../../../src/core/auth/file-lock.js";
import { createFileTokenStore } from "../../../src/core/auth/file-token-store.js";
import { createMemoryTokenStore } from "../../../src/core/auth/index.js";
import {
  CorruptTokenStoreError,
  InvalidArgumentError,
  TokenStoreError,
} from "../../../src/core/errors/index.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "akeneo-token-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const pair = { accessToken: "a1", refreshToken: "r1", expiresAt: 2_000, issuedAt: 1_000 };

describe("createFileTokenStore", () => {
  it("returns undefined before anything is saved", async () => {
    expect(await createFileTokenStore(join(dir, "token.json")).load()).toBeUndefined();
  });

  it("saves and loads a pair in a file of mode 0600, leaving no temporary file", async () => {
    const path = join(dir, "token.json");
    const store = createFileTokenStore(path);
    await store.save(pair);
    expect(await store.load()).toEqual(pair);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(await readdir(dir)).toEqual(["token.json"]);
  });

  it("reports a corrupt file as CorruptTokenStoreError, without quoting its content", async () => {
    const path = join(dir, "token.json");
    await writeFile(path, "{not json ACCZ-secret");
    const error = await createFileTokenStore(path)
      .load()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorruptTokenStoreError);
    expect(`${String(error)} ${String((error as Error).cause)}`).not.toContain("ACCZ-secret");
    await writeFile(path, '{"accessToken":42}');
    await expect(createFileTokenStore(path).load()).rejects.toThrow(/does not hold a token pair/);
    await writeFile(path, JSON.stringify({ accessToken: "a\r\nX-Evil: 1" }));
    await expect(createFileTokenStore(path).load()).rejects.toBeInstanceOf(CorruptTokenStoreError);
  });

  it("refuses a path that is a directory when created", () => {
    expect(() => createFileTokenStore(dir)).toThrow(InvalidArgumentError);
    expect(() => createFileTokenStore(dir)).toThrow(`${dir} exists and is not a regular file`);
  });

  it("reports a path that became a directory as TokenStoreError EISDIR", async () => {
    const path = join(dir, "token.json");
    const store = createFileTokenStore(path);
    await mkdir(path);
    const error = await store.load().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenStoreError);
    expect((error as TokenStoreError).code).toBe("EISDIR");
    await expect(store.save(pair)).rejects.toBeInstanceOf(TokenStoreError);
  });

  it("creates a missing folder with mode 0700 for the lock and the file", async () => {
    const path = join(dir, "a", "b", "token.json");
    const store = createFileTokenStore(path);
    await store.withLock?.(() => store.save(pair));
    expect(await store.load()).toEqual(pair);
    expect((await stat(join(dir, "a", "b"))).mode & 0o777).toBe(0o700);
  });

  it("refuses a path that runs through a file when created", async () => {
    await writeFile(join(dir, "file"), "x");
    expect(() => createFileTokenStore(join(dir, "file", "token.json"))).toThrow(
      InvalidArgumentError,
    );
  });

  it("reports a folder that cannot be created later as TokenStoreError", async () => {
    const store = createFileTokenStore(join(dir, "sub", "token.json"));
    await writeFile(join(dir, "sub"), "x");
    await expect(store.save(pair)).rejects.toBeInstanceOf(TokenStoreError);
    await expect(store.withLock?.(async () => "ran")).rejects.toBeInstanceOf(TokenStoreError);
  });

  it("runs locked tasks one at a time and removes the lock afterwards", async () => {
    const path = join(dir, "token.json");
    const store = createFileTokenStore(path, { lock: { retryMs: 2 } });
    let inside = 0;
    let peak = 0;
    const task = async () => {
      inside++;
      peak = Math.max(peak, inside);
      await new Promise((r) => setTimeout(r, 5));
      inside--;
    };
    await Promise.all([1, 2, 3].map(() => store.withLock?.(task)));
    expect(peak).toBe(1);
    expect(await readdir(dir)).toEqual([]);
  });

  it("breaks a stale lock left by a crashed process", async () => {
    const lockPath = join(dir, "token.json.lock");
    await writeFile(lockPath, "99999:dead");
    const old = new Date(Date.now() - 60_000);
    await utimes(lockPath, old, old);
    const result = await withFileLock(
      lockPath,
      { staleMs: 30_000, timeoutMs: 2_000, retryMs: 2 },
      async () => "ran",
    );
    expect(result).toBe("ran");
  });

  it("takes over at once a fresh lock whose holder process is dead", async () => {
    const lockPath = join(dir, "token.json.lock");
    const deadPid = spawnSync(process.execPath, ["-e", ""]).pid;
    await writeFile(lockPath, `${hostname()}:${deadPid}:left-behind`);
    const started = Date.now();
    const result = await withFileLock(
      lockPath,
      { staleMs: 30_000, timeoutMs: 5_000, retryMs: 2 },
      async () => "ran",
    );
    expect(result).toBe("ran");
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("waits for a fresh lock whose holder process is alive", async () => {
    const lockPath = join(dir, "token.json.lock");
    await writeFile(lockPath, `${hostname()}:${process.pid}:alive`);
    await expect(
      withFileLock(lockPath, { staleMs: 60_000, timeoutMs: 30, retryMs: 5 }, async () => "ran"),
    ).rejects.toThrow(/Could not lock/);
  });

  it("gives up after the lock timeout while another holder is alive", async () => {
    const lockPath = join(dir, "token.json.lock");
    await writeFile(lockPath, "other");
    await expect(
      withFileLock(lockPath, { staleMs: 60_000, timeoutMs: 30, retryMs: 5 }, async () => "ran"),
    ).rejects.toThrow(/Could not lock/);
    expect(await readFile(lockPath, "utf8")).toBe("other");
  });
});

describe("createMemoryTokenStore", () => {
  it("keeps the last saved pair", async () => {
    const store = createMemoryTokenStore();
    await store.save(pair);
    expect(await store.load()).toEqual(pair);
  });
});
