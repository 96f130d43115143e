import { isSameState } from "./app-state.js";
import { AppCallbackError } from "./apps-errors.js";
import { parseRequestUrl } from "./authorization-request.js";

const MAX_DESCRIPTION_CHARS = 200;

/**
 * Reads the PIM's redirect to the App's callback URL and returns the authorization code once the
 * `state` is the one the App sent.
 *
 * The state is checked first, so a forged redirect is refused whatever else it carries.
 *
 * @throws AppCallbackError with `reason` `state-mismatch`, `access-denied` (the user refused; the
 *   PIM's `error` is in `oauthError`) or `missing-code`.
 */
export function readAppCallback(
  requestUrl: string | URL,
  expectedState: string,
): { readonly code: string } {
  const query = parseRequestUrl(requestUrl).searchParams;
  if (!isSameState(expectedState, query.get("state"))) {
    throw new AppCallbackError("state-mismatch");
  }
  const error = query.get("error");
  if (error !== null) {
    const description = (query.get("error_description") ?? "").slice(0, MAX_DESCRIPTION_CHARS);
    throw new AppCallbackError("access-denied", error.slice(0, 64), description);
  }
  const code = query.get("code");
  if (code === null || code === "") throw new AppCallbackError("missing-code");
  return { code };
}
