import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ensureFreshBuild, PROJECT_ROOT, runCommand } from "./packed-artifact.js";

const SETUP_TIMEOUT_MS = 240_000;

// Records every module that `require` is asked for, then loads one built file.
const RECORD_REQUIRES = `
const Module = require("node:module");
const load = Module._load;
const asked = [];
Module._load = function (request, ...rest) {
  asked.push(request);
  return load.call(this, request, ...rest);
};
require(process.argv[1]);
console.log(JSON.stringify(asked));
`;

async function modulesRequiredBy(file: string): Promise<string[]> {
  const output = await runCommand(
    process.execPath,
    ["-e", RECORD_REQUIRES, join(PROJECT_ROOT, file)],
    PROJECT_ROOT,
  );
  return JSON.parse(output.trim()) as string[];
}

const isRedisModule = (name: string): boolean => name === "redis" || name.startsWith("@redis/");

describe("the built entries and the Redis client", () => {
  beforeAll(async () => {
    await ensureFreshBuild();
  }, SETUP_TIMEOUT_MS);

  it.each(["dist/index.cjs", "dist/testing/index.cjs"])(
    "%s loads without asking for redis",
    async (file) => {
      const asked = await modulesRequiredBy(file);
      expect(asked.length).toBeGreaterThan(0);
      expect(asked.filter(isRedisModule)).toEqual([]);
    },
  );

  it.each(["dist/index.js", "dist/testing/index.js"])("%s names no redis module", async (file) => {
    const code = await readFile(join(PROJECT_ROOT, file), "utf8");
    expect(code).not.toMatch(/["']@?redis(\/[^"']*)?["']/);
  });

  it("the Redis entry does ask for redis, so the checks above can fail", async () => {
    expect(await modulesRequiredBy("dist/redis/index.cjs")).toContain("redis");
    const code = await readFile(join(PROJECT_ROOT, "dist/redis/index.js"), "utf8");
    expect(code).toMatch(/from "redis"/);
  });
});
