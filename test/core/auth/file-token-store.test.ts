import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  createFileTokenStore,
  createMemoryTokenStore,
  withFileLock,
} from "../../../src/core/auth/index.js";
import { AkeneoError } from "../../../src/core/errors/index.js";

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

  it("refuses a corrupt file instead of silently ignoring it", async () => {
    const path = join(dir, "token.json");
    await writeFile(path, "{not json");
    await expect(createFileTokenStore(path).load()).rejects.toBeInstanceOf(AkeneoError);
    await writeFile(path, '{"accessToken":42}');
    await expect(createFileTokenStore(path).load()).rejects.toThrow(/does not hold a token pair/);
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
