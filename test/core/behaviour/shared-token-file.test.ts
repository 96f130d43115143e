import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type LoopbackPim, startLoopbackPim } from "../support/loopback-pim.js";

const TSX = join(__dirname, "../../../node_modules/.bin/tsx");
const WORKER = join(__dirname, "../support/token-file-worker.ts");
const PROCESSES = 3;

let pim: LoopbackPim;
let dir: string;
beforeEach(async () => {
  pim = await startLoopbackPim();
  dir = await mkdtemp(join(tmpdir(), "akeneo-shared-"));
});
afterEach(async () => {
  await pim.close();
  await rm(dir, { recursive: true, force: true });
});

interface WorkerResult {
  status: number;
  token: string;
  refresh: string;
}

function startWorker(tokenFile: string): {
  child: ChildProcess;
  ready: Promise<void>;
  result: Promise<WorkerResult>;
} {
  const child = spawn(TSX, [WORKER, pim.baseUrl, tokenFile], {
    stdio: ["pipe", "pipe", "inherit"],
    timeout: 20_000,
  });
  let output = "";
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  const result = new Promise<WorkerResult>((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
      if (output.startsWith("ready\n")) markReady();
    });
    child.on("exit", () => {
      const last = output.trim().split("\n").pop() ?? "";
      try {
        resolve(JSON.parse(last) as WorkerResult);
      } catch {
        reject(new Error(`worker printed: ${output}`));
      }
    });
  });
  return { child, ready, result };
}

describe("processes sharing one token file", () => {
  it("refresh once and all pick up the rotated pair", async () => {
    const tokenFile = join(dir, "token.json");
    pim.addRefreshToken("shared-refresh");
    await writeFile(
      tokenFile,
      JSON.stringify({
        accessToken: "stale-access",
        refreshToken: "shared-refresh",
        expiresAt: Date.now() - 1000,
      }),
      { mode: 0o600 },
    );
    const workers = Array.from({ length: PROCESSES }, () => startWorker(tokenFile));
    // Release all processes together once each is loaded, so they meet the expired token at once.
    await Promise.all(workers.map((w) => w.ready));
    for (const worker of workers) worker.child.stdin?.write("go\n");
    const results = await Promise.all(workers.map((w) => w.result));
    expect(results.map((r) => r.status)).toEqual(Array(PROCESSES).fill(200));
    expect(pim.grants).toEqual([{ grant_type: "refresh_token", refresh_token: "shared-refresh" }]);
    const stored = JSON.parse(await readFile(tokenFile, "utf8")) as {
      accessToken: string;
      refreshToken: string;
    };
    expect(new Set(results.map((r) => r.token))).toEqual(new Set([stored.accessToken]));
    expect(new Set(results.map((r) => r.refresh))).toEqual(new Set([stored.refreshToken]));
  }, 30_000);
});
