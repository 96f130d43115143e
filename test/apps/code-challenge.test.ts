import { createHash } from "node:crypto";
import {
  createCodeChallenge,
  createCodeIdentifier,
  InvalidArgumentError,
} from "../../src/index.js";

describe("createCodeChallenge", () => {
  it("is the hex SHA-256 of the code identifier followed by the client secret", async () => {
    const expected = createHash("sha256").update("identifier-1secret-2").digest("hex");
    await expect(createCodeChallenge("identifier-1", "secret-2")).resolves.toBe(expected);
  });

  it("refuses an empty identifier or secret, without quoting the other", async () => {
    await expect(createCodeChallenge("", "top-secret")).rejects.toThrow(InvalidArgumentError);
    const error = await createCodeChallenge("id", "").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(String(error)).toContain("clientSecret");
  });
});

describe("createCodeIdentifier", () => {
  it("returns 30 random bytes as hex", () => {
    const a = createCodeIdentifier();
    expect(a).toMatch(/^[0-9a-f]{60}$/);
    expect(createCodeIdentifier()).not.toBe(a);
  });
});
