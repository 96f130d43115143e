import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);
const TSX_CLI = require.resolve("tsx/cli");

describe("the demo (npm start)", () => {
  it("runs every step against the emulator and reports what it did", async () => {
    const env = { ...process.env };
    for (const name of Object.keys(env)) if (name.startsWith("AKENEO_")) delete env[name];
    const { stdout } = await run(process.execPath, [TSX_CLI, "demo/main.ts"], {
      env,
      timeout: 60_000,
    });
    expect(stdout).toContain("4 shoes; first page: shoe-trail-runner, shoe-city-sneaker");
    expect(stdout).toContain("20 products");
    expect(stdout).toContain("summary: 250 items, 247 created, 0 updated, 3 failed");
    expect(stdout).toMatch(/downloaded .* same bytes/);
    expect(stdout).toContain('getCategoryApi().get("master") → master');
    expect(stdout).toContain("token requests: 1");
    expect(stdout).toContain("Done.");
  }, 90_000);

  it("refuses a half-configured real PIM and names the missing variables", async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, AKENEO_BASE_URL: "http://127.0.0.1:9" };
    for (const name of [
      "AKENEO_CLIENT_ID",
      "AKENEO_SECRET",
      "AKENEO_USERNAME",
      "AKENEO_PASSWORD",
    ]) {
      delete env[name];
    }
    const failure = await run(process.execPath, [TSX_CLI, "demo/main.ts"], { env }).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain(
      "also set AKENEO_CLIENT_ID, AKENEO_SECRET, AKENEO_USERNAME, AKENEO_PASSWORD",
    );
  }, 60_000);
});
