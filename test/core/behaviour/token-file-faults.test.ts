import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { createFileTokenStore } from "../../../src/core/auth/file-token-store.js";
import { isTokenPair } from "../../../src/core/auth/index.js";
import { createAkeneoClient } from "../../../src/index.js";
import { CREDENTIALS, type LoopbackPim, startLoopbackPim } from "../support/loopback-pim.js";
import { createRecordingLogger } from "../support/scripted-fetch.js";

let pim: LoopbackPim;
let dir: string;
beforeEach(async () => {
  pim = await startLoopbackPim();
  dir = await mkdtemp(join(tmpdir(), "akeneo-token-faults-"));
});
afterEach(async () => {
  await pim.close();
  await rm(dir, { recursive: true, force: true });
});

function clientOn(path: string, logger = createRecordingLogger().logger) {
  return createAkeneoClient({
    baseUrl: pim.baseUrl,
    auth: { type: "password", ...CREDENTIALS, tokenStore: createFileTokenStore(path) },
    retry: false,
    logger,
    logLevel: "warn",
  });
}

describe("a shared token file in a bad state", () => {
  it("is read as empty when corrupt: one warning, the calls succeed, a good pair is written", async () => {
    const path = join(dir, "token.json");
    await writeFile(path, '{"accessToken": "half-writ');
    const { entries, logger } = createRecordingLogger();
    const client = clientOn(path, logger);
    expect((await client.products.get("shoe")).identifier).toBe("shoe");
    pim.expireAccessTokens();
    await writeFile(path, "garbage again");
    expect((await client.products.get("boot")).identifier).toBe("boot");
    const warnings = entries.filter((entry) => entry.level === "warn");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toContain("is not valid JSON");
    expect(isTokenPair(JSON.parse(await readFile(path, "utf8")))).toBe(true);
  });

  it("does not block the first call on a lock left by a dead process", async () => {
    const path = join(dir, "token.json");
    const deadPid = spawnSync(process.execPath, ["-e", ""]).pid;
    await writeFile(`${path}.lock`, `${hostname()}:${deadPid}:crashed`);
    const started = Date.now();
    expect((await clientOn(path).products.get("shoe")).identifier).toBe("shoe");
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("creates a missing folder on the first call", async () => {
    const path = join(dir, "not", "yet", "token.json");
    expect((await clientOn(path).products.get("shoe")).identifier).toBe("shoe");
    expect(isTokenPair(JSON.parse(await readFile(path, "utf8")))).toBe(true);
  });
});
