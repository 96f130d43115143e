import { resolveClientOptions } from "../../src/core/client/index.js";
import { createKnownSecrets } from "../../src/core/redact/index.js";
import { createRecordingLogger } from "../core/support/scripted-fetch.js";

describe("secrets removed by value", () => {
  it("covers the raw, JSON-escaped and URL-encoded spellings of a secret", () => {
    const secrets = createKnownSecrets(['pa"ss word/1']);
    const text = 'raw pa"ss word/1, json pa\\"ss word/1, query pa%22ss%20word%2F1';
    expect(secrets.redact(text)).toBe("raw [redacted], json [redacted], query [redacted]");
  });

  it("removes client:secret whole before the secret alone", () => {
    const secrets = createKnownSecrets(["client-secret", "client-id:client-secret"]);
    expect(secrets.redact("sent client-id:client-secret")).toBe("sent [redacted]");
  });

  it("remembers the last six tokens and forgets older ones", () => {
    const secrets = createKnownSecrets([]);
    for (let index = 1; index <= 7; index += 1) secrets.rememberToken(`token-${index}-xyz`);
    expect(secrets.redact("token-1-xyz token-2-xyz token-7-xyz")).toBe(
      "token-1-xyz [redacted] [redacted]",
    );
  });

  it("leaves values shorter than four characters alone, so messages stay readable", () => {
    expect(createKnownSecrets(["abc"]).redact("abc is a word")).toBe("abc is a word");
  });

  it("scrubs the password, the secret and the Basic credentials from every log line", () => {
    const { entries, logger } = createRecordingLogger();
    const { logger: sdkLogger } = resolveClientOptions({
      baseUrl: "https://pim.example.com",
      auth: {
        type: "password",
        clientId: "client-id",
        secret: "client-secret",
        username: "admin",
        password: "s3cret-pass",
      },
      logger,
      logLevel: "debug",
    });
    sdkLogger.warn("server said: s3cret-pass is wrong for client-id:client-secret", {
      answer: { prose: `basic ${btoa("client-id:client-secret")}` },
    });
    const logged = JSON.stringify(entries);
    expect(logged).toContain("server said");
    for (const secret of ["s3cret-pass", "client-secret", btoa("client-id:client-secret")]) {
      expect(logged).not.toContain(secret);
    }
  });

  it("scrubs a token-mode pair from log lines", () => {
    const { entries, logger } = createRecordingLogger();
    const { logger: sdkLogger } = resolveClientOptions({
      baseUrl: "https://pim.example.com",
      auth: {
        type: "token",
        clientId: "client-id",
        secret: "client-secret",
        token: "given-access-token",
        refreshToken: "given-refresh-token",
      },
      logger,
    });
    sdkLogger.error("quoted given-access-token and given-refresh-token");
    expect(entries[0]?.message).toBe("quoted [redacted] and [redacted]");
  });
});
