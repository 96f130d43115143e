import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { diffFolder, writeFolderAtomically } from "../../../scripts/generate/write-generated.js";

let dir = "";
let target = "";

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "write-generated-"));
  target = join(dir, "generated");
  mkdirSync(target);
  writeFileSync(join(target, "a.ts"), "old a");
  writeFileSync(join(target, "stale.ts"), "old stale");
});

afterEach(() => {
  jest.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

function snapshot(folder: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder).map((name) => [name, readFileSync(join(folder, name), "utf8")]),
  );
}

describe("writeFolderAtomically", () => {
  it("replaces the folder's content with exactly the given files", () => {
    writeFolderAtomically(target, { "a.ts": "new a", "b.ts": "new b" });
    expect(snapshot(target)).toEqual({ "a.ts": "new a", "b.ts": "new b" });
    expect(readdirSync(dir)).toEqual(["generated"]);
  });

  it("creates the folder when it does not exist yet", () => {
    const fresh = join(dir, "fresh");
    writeFolderAtomically(fresh, { "a.ts": "a" });
    expect(snapshot(fresh)).toEqual({ "a.ts": "a" });
  });

  it("leaves the old folder untouched when a file cannot be written", () => {
    expect(() =>
      writeFolderAtomically(target, { "a.ts": "new a", "missing-dir/b.ts": "new b" }),
    ).toThrow(/ENOENT/);
    expect(snapshot(target)).toEqual({ "a.ts": "old a", "stale.ts": "old stale" });
    expect(readdirSync(dir)).toEqual(["generated"]);
  });

  it("puts the old folder back when the new one cannot be moved into place", () => {
    // The module object itself, whose live binding the writer calls under jest's CommonJS.
    const fs: typeof import("node:fs") = require("node:fs");
    const realRename = fs.renameSync;
    jest.spyOn(fs, "renameSync").mockImplementation((from, to) => {
      if (String(from).endsWith("-old")) return realRename(from, to);
      if (String(to) === target)
        throw Object.assign(new Error("EXDEV: simulated"), { code: "EXDEV" });
      return realRename(from, to);
    });
    expect(() => writeFolderAtomically(target, { "a.ts": "new a" })).toThrow("EXDEV");
    expect(snapshot(target)).toEqual({ "a.ts": "old a", "stale.ts": "old stale" });
    expect(readdirSync(dir)).toEqual(["generated"]);
  });
});

describe("diffFolder", () => {
  it("lists changed, missing and extra files", () => {
    expect(diffFolder(target, { "a.ts": "new a", "b.ts": "b" })).toEqual([
      "a.ts: differs",
      "b.ts: missing",
      "stale.ts: not generated",
    ]);
  });

  it("finds nothing when the folder holds exactly the files", () => {
    expect(diffFolder(target, { "a.ts": "old a", "stale.ts": "old stale" })).toEqual([]);
  });

  it("reports a missing folder", () => {
    const missing = join(dir, "nowhere");
    expect(diffFolder(missing, {})).toEqual([`${missing}: missing`]);
  });
});
