import {
  createMemoryTokenStore,
  isTokenText,
  type ResolvedAuthOptions,
  type ResolvedRenewal,
  type TokenChangeListener,
  type TokenStore,
} from "../auth/index.js";
import { isPlainRecord } from "../values/index.js";
import { TOKEN_REFRESH_MARGIN_S } from "./client-options.js";
import {
  rejectOption,
  rejectUnknownKeys,
  requireFunction,
  requireNumber,
  requireString,
} from "./option-checks.js";

const RENEWAL_KEYS = ["tokenStore", "onTokenChange", "refreshMarginSeconds"] as const;
const MAX_REFRESH_MARGIN_S = 3600;

// The message names the field and the type only: the token itself must never be echoed.
function requireToken(field: string, value: unknown): string {
  if (!isTokenText(requireString(field, value))) {
    rejectOption(
      field,
      value,
      "a token of visible ASCII characters (no space or control character)",
    );
  }
  return value as string;
}

function resolveTokenStore(value: unknown): TokenStore {
  if (value === undefined) return createMemoryTokenStore();
  if (
    !isPlainRecord(value) ||
    typeof value.load !== "function" ||
    typeof value.save !== "function" ||
    (value.withLock !== undefined && typeof value.withLock !== "function")
  ) {
    rejectOption("auth.tokenStore", value, "an object with load(), save() and optional withLock()");
  }
  return value as unknown as TokenStore;
}

function resolveRenewal(auth: Record<string, unknown>): ResolvedRenewal {
  return {
    tokenStore: resolveTokenStore(auth.tokenStore),
    onTokenChange:
      auth.onTokenChange === undefined
        ? undefined
        : requireFunction<TokenChangeListener>("auth.onTokenChange", auth.onTokenChange),
    refreshMarginSeconds:
      auth.refreshMarginSeconds === undefined
        ? TOKEN_REFRESH_MARGIN_S
        : requireNumber(
            "auth.refreshMarginSeconds",
            auth.refreshMarginSeconds,
            0,
            MAX_REFRESH_MARGIN_S,
          ),
  };
}

/**
 * Validates the `auth` option and fills in its defaults.
 *
 * @throws {InvalidOptionError} naming the faulty field, e.g. `auth.password`.
 */
export function resolveAuthOptions(value: unknown): ResolvedAuthOptions {
  if (!isPlainRecord(value))
    rejectOption("auth", value, 'an object with type "password", "token" or "app"');
  switch (value.type) {
    case "password":
      rejectUnknownKeys("auth", value, [
        "type",
        "clientId",
        "secret",
        "username",
        "password",
        ...RENEWAL_KEYS,
      ]);
      return Object.freeze({
        type: "password",
        clientId: requireString("auth.clientId", value.clientId),
        secret: requireString("auth.secret", value.secret),
        username: requireString("auth.username", value.username),
        password: requireString("auth.password", value.password),
        ...resolveRenewal(value),
      });
    case "token":
      rejectUnknownKeys("auth", value, [
        "type",
        "clientId",
        "secret",
        "token",
        "refreshToken",
        ...RENEWAL_KEYS,
      ]);
      return Object.freeze({
        type: "token",
        clientId: requireString("auth.clientId", value.clientId),
        secret: requireString("auth.secret", value.secret),
        token: requireToken("auth.token", value.token),
        refreshToken: requireToken("auth.refreshToken", value.refreshToken),
        ...resolveRenewal(value),
      });
    case "app":
      rejectUnknownKeys("auth", value, ["type", "token"]);
      return Object.freeze({ type: "app", token: requireToken("auth.token", value.token) });
    default:
      return rejectOption("auth.type", value.type, '"password", "token" or "app"');
  }
}
