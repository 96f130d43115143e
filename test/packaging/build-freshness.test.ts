import { mkdir, mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { newestModification } from "./packed-artifact.js";

describe("newestModification (whether dist/ is stale)", () => {
  let root: string;
  const past = new Date("2020-01-01T00:00:00Z");

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), "freshness-"));
    await mkdir(join(root, "src", "core"), { recursive: true });
    await writeFile(join(root, "src", "core", "kept.ts"), "export {};\n");
    await writeFile(join(root, "src", "core", "dropped.ts"), "export {};\n");
    for (const path of ["src/core/kept.ts", "src/core/dropped.ts", "src/core", "src"]) {
      await utimes(join(root, path), past, past);
    }
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("moves forward when a source file is deleted, which changes no remaining file", async () => {
    const before = await newestModification([join(root, "src")]);
    expect(before).toBe(past.getTime());
    await rm(join(root, "src", "core", "dropped.ts"));
    expect(await newestModification([join(root, "src")])).toBeGreaterThan(before);
  });

  it("moves forward when a file changes", async () => {
    const before = await newestModification([join(root, "src")]);
    await writeFile(join(root, "src", "core", "kept.ts"), "export const changed = 1;\n");
    expect(await newestModification([join(root, "src")])).toBeGreaterThan(before);
  });
});
