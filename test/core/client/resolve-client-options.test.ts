import { createFileTokenStore } from "../../../src/core/auth/file-token-store.js";
import {
  type ClientOptions,
  DEFAULT_MAX_CONCURRENCY,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  resolveClientOptions,
} from "../../../src/core/client/index.js";
import { InvalidOptionError } from "../../../src/core/errors/index.js";

const base: ClientOptions = {
  baseUrl: "https://pim.example.com/",
  auth: { type: "app", token: "t" },
};

function failure(options: unknown): InvalidOptionError {
  try {
    resolveClientOptions(options as ClientOptions);
  } catch (error) {
    if (error instanceof InvalidOptionError) return error;
    throw error;
  }
  throw new Error("expected InvalidOptionError");
}

describe("resolveClientOptions", () => {
  it("fills in the documented defaults and freezes the result", () => {
    const resolved = resolveClientOptions(base);
    expect(resolved.baseUrl).toBe("https://pim.example.com");
    expect(resolved.retry.maxRetries).toBe(DEFAULT_MAX_RETRIES);
    expect(resolved.timeoutMs).toBe(DEFAULT_TIMEOUT_MS);
    expect(resolved.maxConcurrency).toBe(DEFAULT_MAX_CONCURRENCY);
    expect(resolved.requestsPerSecond).toBeUndefined();
    expect(resolved.headers["user-agent"]).toBe("akeneo-pim-sdk/0.1.0");
    expect(Object.isFrozen(resolved)).toBe(true);
    expect(Object.isFrozen(resolved.retry)).toBe(true);
    expect(Object.isFrozen(resolved.auth)).toBe(true);
  });

  it("keeps the base URL's path prefix", () => {
    expect(
      resolveClientOptions({ ...base, baseUrl: "https://proxy.example.com/pim//" }).baseUrl,
    ).toBe("https://proxy.example.com/pim");
  });

  it("accepts the retry shorthands", () => {
    expect(resolveClientOptions({ ...base, retry: 3 }).retry.maxRetries).toBe(3);
    expect(resolveClientOptions({ ...base, retry: false }).retry.maxRetries).toBe(0);
    expect(resolveClientOptions({ ...base, retry: { maxDelayMs: 5000 } }).retry).toMatchObject({
      maxRetries: DEFAULT_MAX_RETRIES,
      maxDelayMs: 5000,
    });
    expect(resolveClientOptions({ ...base, timeoutMs: false }).timeoutMs).toBe(0);
  });

  it("appends userAgent and keeps extra headers", () => {
    const resolved = resolveClientOptions({
      ...base,
      userAgent: "my-erp/2.1",
      headers: { "X-Tenant": "t1" },
    });
    expect(resolved.headers).toEqual({
      "user-agent": "akeneo-pim-sdk/0.1.0 my-erp/2.1",
      "x-tenant": "t1",
    });
  });

  it("fills the renewal defaults of password mode", () => {
    const resolved = resolveClientOptions({
      ...base,
      auth: { type: "password", clientId: "c", secret: "s", username: "u", password: "p" },
    });
    expect(resolved.auth).toMatchObject({
      type: "password",
      refreshMarginSeconds: 60,
      onTokenChange: undefined,
    });
  });

  it("accepts a file token store", () => {
    const tokenStore = createFileTokenStore("/tmp/never-written.json");
    const resolved = resolveClientOptions({
      ...base,
      auth: {
        type: "token",
        clientId: "c",
        secret: "s",
        token: "t",
        refreshToken: "r",
        tokenStore,
      },
    });
    expect(resolved.auth.type === "token" && resolved.auth.tokenStore).toBe(tokenStore);
  });

  it.each([
    [{ ...base, baseUrl: "pim.example.com" }, "baseUrl", "string"],
    [{ ...base, baseUrl: "ftp://pim.example.com" }, "baseUrl", "string"],
    [{ ...base, baseUrl: "https://u:p@pim.example.com" }, "baseUrl", "string"],
    [{ ...base, baseUrl: 42 }, "baseUrl", "number"],
    [{ ...base, retry: "3" }, "retry", "string"],
    [{ ...base, retry: -1 }, "retry", "number"],
    [{ ...base, retry: { maxRetries: 1.5 } }, "retry.maxRetries", "number"],
    [{ ...base, retry: { maxRetry: 3 } }, "retry.maxRetry", "number"],
    [{ ...base, timeoutMs: Number.NaN }, "timeoutMs", "NaN"],
    [{ ...base, maxConcurrency: 0 }, "maxConcurrency", "number"],
    [{ ...base, requestsPerSecond: null }, "requestsPerSecond", "null"],
    [{ ...base, headers: { Authorization: "Bearer x" } }, "headers.Authorization", "string"],
    [{ ...base, headers: { "content-type": "text/plain" } }, "headers.content-type", "string"],
    [{ ...base, headers: { "X-A": 1 } }, "headers.X-A", "number"],
    [{ ...base, logger: {} }, "logger", "object"],
    [{ ...base, logLevel: "verbose" }, "logLevel", "string"],
    [{ ...base, maxRetries: 3 }, "maxRetries", "number"],
    [{ ...base, auth: undefined }, "auth", "undefined"],
    [{ ...base, auth: { type: "oauth" } }, "auth.type", "string"],
    [
      { ...base, auth: { type: "password", clientId: "c", secret: "s", username: "u" } },
      "auth.password",
      "undefined",
    ],
    [
      {
        ...base,
        auth: { type: "token", clientId: "c", secret: "s", token: "t", refreshToken: "" },
      },
      "auth.refreshToken",
      "string",
    ],
    [
      { ...base, auth: { type: "app", token: "t", refreshToken: "r" } },
      "auth.refreshToken",
      "string",
    ],
    [
      {
        ...base,
        auth: {
          type: "token",
          clientId: "c",
          secret: "s",
          token: "t",
          refreshToken: "r",
          tokenStore: {},
        },
      },
      "auth.tokenStore",
      "object",
    ],
    [
      {
        ...base,
        auth: {
          type: "token",
          clientId: "c",
          secret: "s",
          token: "t",
          refreshToken: "r",
          refreshMarginSeconds: -1,
        },
      },
      "auth.refreshMarginSeconds",
      "number",
    ],
  ])("refuses %j naming %s", (options, field, received) => {
    const error = failure(options);
    expect(error.field).toBe(field);
    expect(error.received).toBe(received);
    expect(error.accepted.length).toBeGreaterThan(0);
    expect(error.message).toContain(field);
  });

  it("never echoes a secret value in the error", () => {
    const error = failure({
      ...base,
      auth: { type: "password", clientId: "c", secret: "s", username: "u", password: 12345678 },
    });
    expect(error.message).not.toContain("12345678");
  });
});
