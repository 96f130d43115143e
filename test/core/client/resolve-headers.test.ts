import { resolveClientOptions } from "../../../src/core/client/index.js";
import { InvalidOptionError } from "../../../src/core/errors/index.js";

const base = { baseUrl: "https://pim.example.com", auth: { type: "app", token: "t" } } as const;

function refusal(options: Record<string, unknown>): InvalidOptionError {
  try {
    resolveClientOptions({ ...base, ...options } as never);
  } catch (error) {
    if (error instanceof InvalidOptionError) return error;
    throw error;
  }
  throw new Error("expected InvalidOptionError");
}

describe("resolveHeaders (through resolveClientOptions)", () => {
  it.each([
    ["a record", { "X-Tenant": "t1" }],
    ["a Headers", new Headers({ "X-Tenant": "t1" })],
    ["a Map", new Map([["X-Tenant", "t1"]])],
    ["an array of pairs", [["X-Tenant", "t1"]]],
  ])("accepts headers as %s", (_, headers) => {
    const resolved = resolveClientOptions({ ...base, headers: headers as HeadersInit });
    expect(resolved.headers["x-tenant"]).toBe("t1");
    expect(resolved.headers["user-agent"]).toMatch(/^akeneo-pim-sdk\//);
  });

  it("joins a name given twice in an array of pairs, as Headers does", () => {
    const resolved = resolveClientOptions({
      ...base,
      headers: [
        ["X-Tag", "a"],
        ["x-tag", "b"],
      ],
    });
    expect(resolved.headers["x-tag"]).toBe("a, b");
  });

  it.each([
    "Transfer-Encoding",
    "Content-Length",
    "Host",
    "Connection",
    "Keep-Alive",
    "Upgrade",
    "Expect",
    "TE",
    "Trailer",
  ])("refuses the framing header %s", (name) => {
    expect(refusal({ headers: { [name]: "x" } }).field).toBe(`headers.${name}`);
    expect(refusal({ headers: new Headers({ [name]: "x" }) }).field).toBe(
      `headers.${name.toLowerCase()}`,
    );
  });

  it.each([
    ["CR LF", "v\r\nX-Evil: 1"],
    ["LF", "v\nw"],
    ["NUL", "v\u0000w"],
    ["a character above U+00FF", "caf\u00e9 \u20ac"],
  ])("refuses a header value with %s, without echoing it", (_, value) => {
    const error = refusal({ headers: { "X-Tenant": value } });
    expect(error.field).toBe("headers.X-Tenant");
    expect(error.message).not.toContain(value);
  });

  it.each([["X Bad"], ["X-Evil\r\n"], ["Café"], [""]])("refuses the header name %j", (name) => {
    expect(refusal({ headers: { [name]: "v" } }).field).toBe("headers");
  });

  it("refuses a pair list entry that is not a pair", () => {
    expect(refusal({ headers: [["X-Tenant", "t1", "extra"]] }).field).toBe("headers[0]");
  });

  it.each([
    ["a number", 5],
    ["a string", "X-Tenant: t1"],
    ["null", null],
  ])("refuses headers given as %s", (_, headers) => {
    expect(refusal({ headers }).field).toBe("headers");
  });

  it.each([
    ["CR", "my-erp\r/2"],
    ["LF", "my-erp\n/2"],
    ["NUL", "my-erp\u0000"],
    ["a character above U+00FF", "my-erp \u2603"],
  ])("refuses a userAgent with %s", (_, userAgent) => {
    const error = refusal({ userAgent });
    expect(error.field).toBe("userAgent");
    expect(error.message).not.toContain(userAgent);
  });

  it("accepts a Latin-1 userAgent", () => {
    expect(
      resolveClientOptions({ ...base, userAgent: "caf\u00e9/1" }).headers["user-agent"],
    ).toMatch(/ caf\u00e9\/1$/);
  });
});

describe("resolveClientOptions: baseUrl and tokens", () => {
  it.each([
    ["CR LF", "https://pim.example.com/\r\nX: y"],
    ["a tab", "https://pim.exa\tmple.com"],
    ["a NUL", "https://pim.example.com/\u0000"],
    ["a trailing LF", "https://pim.example.com\n"],
  ])("refuses a baseUrl with %s", (_, baseUrl) => {
    expect(refusal({ baseUrl }).field).toBe("baseUrl");
  });

  it.each([
    ["app", { type: "app", token: "ACCZ-5t4r3e2w\r\nX-Evil: 1" }, "auth.token"],
    ["app", { type: "app", token: "ACCZ 5t4r3e2w" }, "auth.token"],
    [
      "token",
      { type: "token", clientId: "c", secret: "s", token: "ACCZ-5t4r3e2w\n", refreshToken: "r" },
      "auth.token",
    ],
    [
      "token",
      { type: "token", clientId: "c", secret: "s", token: "t", refreshToken: "RFRZ-9q8w\u0000" },
      "auth.refreshToken",
    ],
  ])(
    "refuses a %s-mode token that cannot travel in a header, without quoting it",
    (_, auth, field) => {
      const error = refusal({ auth });
      expect(error.field).toBe(field);
      expect(`${error.message}\n${error.stack}`).not.toMatch(/ACCZ|RFRZ/);
    },
  );
});
