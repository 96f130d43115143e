import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createFileTokenStore } from "../../src/core/auth/file-token-store.js";

describe("token file permissions", () => {
  it("writes the token file readable by its owner only, even over a looser existing file", async () => {
    const dir = await mkdtemp(join(tmpdir(), "akeneo-perm-"));
    try {
      const path = join(dir, "token.json");
      const store = createFileTokenStore(path);
      await store.save({ accessToken: "a", refreshToken: "r" });
      expect((await stat(path)).mode & 0o777).toBe(0o600);
      const { chmod } = await import("node:fs/promises");
      await chmod(path, 0o644);
      await store.save({ accessToken: "b", refreshToken: "s" });
      expect((await stat(path)).mode & 0o777).toBe(0o600);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
