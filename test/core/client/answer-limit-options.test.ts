import { resolveClientOptions } from "../../../src/core/client/index.js";
import { InvalidOptionError } from "../../../src/core/errors/index.js";

const base = { baseUrl: "https://pim.example", auth: { type: "app", token: "t" } } as const;

describe("resolveClientOptions (answer limits)", () => {
  it("defaults to 64 MiB per answer and 8 MiB per NDJSON line", () => {
    expect(resolveClientOptions(base)).toMatchObject({
      maxAnswerBytes: 64 * 1024 * 1024,
      maxNdjsonLineBytes: 8 * 1024 * 1024,
    });
  });

  it("takes integer limits and refuses anything else, naming the option", () => {
    expect(resolveClientOptions({ ...base, maxAnswerBytes: 1_000 }).maxAnswerBytes).toBe(1_000);
    expect(() => resolveClientOptions({ ...base, maxAnswerBytes: 0 })).toThrow(InvalidOptionError);
    expect(() => resolveClientOptions({ ...base, maxNdjsonLineBytes: 1.5 })).toThrow(
      /maxNdjsonLineBytes/,
    );
  });
});
