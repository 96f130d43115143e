import type { paths } from "../../generated/schema.js";
import type { AuthOptions } from "../../src/core/auth/index.js";
import { type CoreClient, createCoreClient } from "../../src/core/client/index.js";
import type { FetchLike } from "../../src/core/transport/index.js";

/** The app token the contract clients present; Prism checks its presence, not its value. */
export const CONTRACT_APP_TOKEN = "contract-app-token";

/** Client credentials and user of the contract token calls; Prism accepts any. */
export const CONTRACT_CREDENTIALS = Object.freeze({
  clientId: "contract-client",
  secret: "contract-secret",
  username: "contract-user",
  password: "contract-password",
});

/**
 * Creates the SDK's client core against a test server: no retries (a refused request must show
 * at once) and no logging.
 */
export function createContractCoreClient(
  baseUrl: string,
  fetch: FetchLike,
  auth: AuthOptions = { type: "app", token: CONTRACT_APP_TOKEN },
): CoreClient<paths> {
  return createCoreClient<paths>({ baseUrl, auth, fetch, retry: false, logLevel: "silent" });
}
