import { createCoreClient } from "../../src/core/client/index.js";
import { createConsoleLogger, createSdkLogger } from "../../src/core/logging/index.js";
import {
  createFakeClock,
  createRecordingLogger,
  createScriptedFetch,
  json,
  tokenAnswer,
} from "../core/support/scripted-fetch.js";
import type { TestPaths } from "../core/support/test-paths.js";

const SECRETS = [
  "s3cret-pass",
  "client-secret",
  btoa("client-id:client-secret"),
  "access-AAA",
  "refresh-RRR",
  "access-BBB",
  "refresh-SSS",
];

describe("log redaction", () => {
  it("writes no password, client secret, Basic credential or token at debug level", async () => {
    const { entries, logger } = createRecordingLogger();
    let grants = 0;
    let expired = false;
    const scripted = createScriptedFetch((request) => {
      if (request.url.endsWith("/api/oauth/v1/token")) {
        grants++;
        return grants === 1
          ? tokenAnswer("access-AAA", "refresh-RRR")
          : tokenAnswer("access-BBB", "refresh-SSS");
      }
      if (!expired) {
        expired = true;
        return json(401, { message: "expired" });
      }
      return json(200, { identifier: "x" }, { "set-cookie": "session=access-AAA" });
    });
    const core = createCoreClient<TestPaths>({
      baseUrl: "https://pim.example.com",
      auth: {
        type: "password",
        clientId: "client-id",
        secret: "client-secret",
        username: "admin",
        password: "s3cret-pass",
      },
      fetch: scripted.fetch,
      logger,
      logLevel: "debug",
      clock: createFakeClock(),
    });
    await core.api.GET("/api/rest/v1/products/{code}", { params: { path: { code: "x" } } });
    expect(grants).toBe(2);
    expect(entries.length).toBeGreaterThan(4);
    const written = JSON.stringify(entries);
    for (const secret of SECRETS) expect(written).not.toContain(secret);
  });

  it("scrubs a credential that slipped into a message or details", () => {
    const lines: unknown[][] = [];
    const output = {
      debug: (...a: unknown[]) => lines.push(a),
      info: () => {},
      warn: () => {},
      error: () => {},
    } as unknown as Console;
    const logger = createSdkLogger(createConsoleLogger(output), "debug");
    logger.debug("sent Authorization: Bearer access-AAA and Basic Y2xpZW50OnNlY3JldA==", {
      body: '{"password":"s3cret-pass"}',
      refresh_token: "refresh-RRR",
    });
    const written = JSON.stringify(lines);
    for (const secret of ["access-AAA", "Y2xpZW50OnNlY3JldA==", "s3cret-pass", "refresh-RRR"]) {
      expect(written).not.toContain(secret);
    }
    expect(written).toContain("[akeneo-pim-sdk]");
  });
});
