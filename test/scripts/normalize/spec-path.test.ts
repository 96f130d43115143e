import { resolve } from "node:path";
import { describeSource, type SourcePin } from "../../../scripts/normalize/source-pins.js";
import { DEFAULT_SPEC_PATH, resolveSpecPath } from "../../../scripts/normalize/spec-path.js";

describe("resolveSpecPath", () => {
  it("prefers --spec, then --spec=, then AKENEO_SPEC, then the default", () => {
    const env = { AKENEO_SPEC: "from-env.json" };
    expect(resolveSpecPath(["--spec", "a.json"], env)).toBe(resolve("a.json"));
    expect(resolveSpecPath(["--spec=b.yaml"], env)).toBe(resolve("b.yaml"));
    expect(resolveSpecPath([], env)).toBe(resolve("from-env.json"));
    expect(resolveSpecPath([], {})).toBe(resolve(DEFAULT_SPEC_PATH));
  });
});

describe("describeSource", () => {
  const pin: SourcePin = {
    name: "tiny",
    repository: "example/api",
    path: "api.json",
    commit: "0123456789abcdef",
    operations: 1,
    sha256: "ab".repeat(32),
  };

  it("names a pinned description by repository, path and short commit", () => {
    expect(describeSource("ab".repeat(32), [pin])).toBe("example/api/api.json at 01234567 (tiny)");
  });

  it("says when a description is not pinned", () => {
    expect(describeSource("cd".repeat(32), [pin])).toContain("an unpinned description");
  });
});
