import type { AuthOptions } from "../../../src/core/auth/index.js";
import { type CoreClient, createCoreClient } from "../../../src/core/client/index.js";
import type { FetchLike } from "../../../src/core/transport/index.js";
import { createFakeClock, type FakeClock } from "./scripted-fetch.js";
import type { TestPaths } from "./test-paths.js";

export const BASE_URL = "https://pim.example.com";
export const PASSWORD_AUTH: AuthOptions = {
  type: "password",
  clientId: "client-id",
  secret: "client-secret",
  username: "admin",
  password: "s3cret-pass",
};

/** Creates a core client over a scripted fetch with a fake clock and no retry waits. */
export function createTestClient(
  fetch: FetchLike,
  auth: AuthOptions = PASSWORD_AUTH,
  clock: FakeClock = createFakeClock(),
): { core: CoreClient<TestPaths>; clock: FakeClock } {
  const core = createCoreClient<TestPaths>({
    baseUrl: BASE_URL,
    auth,
    fetch,
    clock,
    random: () => 0,
    timeoutMs: false,
    logLevel: "silent",
  });
  return { core, clock };
}

/** Calls GET /products/{code} on the test client. */
export function getProduct(core: CoreClient<TestPaths>, code = "shoe") {
  return core.api.GET("/api/rest/v1/products/{code}", { params: { path: { code } } });
}
