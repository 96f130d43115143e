// Run by the cross-process token test: one process of N sharing a token file.
// Arguments: baseUrl tokenFile. Prints "ready", waits for a line on stdin, then calls once and
// prints one JSON line: status and tokens seen.
import { createFileTokenStore } from "../../../src/core/auth/file-token-store.js";
import { createCoreClient } from "../../../src/core/client/index.js";
import type { TestPaths } from "./test-paths.js";

async function main(): Promise<void> {
  const [baseUrl, tokenFile] = process.argv.slice(2) as [string, string];
  const core = createCoreClient<TestPaths>({
    baseUrl,
    logLevel: "silent",
    auth: {
      type: "token",
      clientId: "client-id",
      secret: "client-secret",
      token: "stale-access",
      refreshToken: "shared-refresh",
      tokenStore: createFileTokenStore(tokenFile, { lock: { retryMs: 5 } }),
    },
  });
  process.stdout.write("ready\n");
  await new Promise((resolve) => process.stdin.once("data", resolve));
  process.stdin.pause();
  const { response } = await core.api.GET("/api/rest/v1/products/{code}", {
    params: { path: { code: "shoe" } },
  });
  process.stdout.write(
    `${JSON.stringify({ status: response.status, token: core.getToken(), refresh: core.getRefreshToken() })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stdout.write(`${JSON.stringify({ error: String(error) })}\n`);
  process.exitCode = 1;
});
