import { createCoreClient } from "../../src/core/client/index.js";
import {
  createRecordingLogger,
  createScriptedFetch,
  json,
  tokenAnswer,
} from "../core/support/scripted-fetch.js";
import type { TestPaths } from "../core/support/test-paths.js";

async function warningsFor(baseUrl: string): Promise<string[]> {
  const { entries, logger } = createRecordingLogger();
  let grant = 0;
  const scripted = createScriptedFetch((request) =>
    request.url.endsWith("/token") ? tokenAnswer(`a${++grant}`, `r${grant}`) : json(401, {}),
  );
  const core = createCoreClient<TestPaths>({
    baseUrl,
    auth: { type: "password", clientId: "c", secret: "s", username: "u", password: "p" },
    fetch: scripted.fetch,
    logger,
    logLevel: "warn",
    retry: false,
  });
  await core.authenticate();
  await core.api.GET("/api/rest/v1/products/{code}", { params: { path: { code: "x" } } });
  return entries.filter((e) => e.level === "warn").map((e) => e.message);
}

describe("password over plain http", () => {
  it("warns once for a remote host", async () => {
    const warnings = await warningsFor("http://pim.example.com");
    expect(warnings).toEqual([
      "Sending the API password over plain http to a remote host; use https",
    ]);
  });

  it.each([
    ["https://pim.example.com"],
    ["http://127.0.0.1:8080"],
    ["http://localhost"],
    ["http://[::1]:80"],
  ])("does not warn for %s", async (baseUrl) => {
    expect(await warningsFor(baseUrl)).toEqual([]);
  });
});
