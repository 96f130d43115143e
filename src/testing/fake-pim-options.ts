import type { FakeAppRegistration, FakeAppUser } from "./apps/app-connections.js";
import type { ApiClientCredentials, UserCredentials } from "./auth/oauth-state.js";

/** Settings of an emulator; every field is optional. */
export interface FakePimOptions {
  /** Port on 127.0.0.1. @default 0 (any free port) */
  readonly port?: number;
  /**
   * Base of the absolute URLs the emulator writes in `_links` and `Location`, to play a
   * PIM behind a proxy that rewrites host or prefix. @default the emulator's own URL
   */
  readonly publicUrl?: string;
  /** API connections accepted by the token endpoint. @default [{ clientId: "demo-client", secret: "demo-secret" }] */
  readonly clients?: readonly ApiClientCredentials[];
  /** Users accepted by the password grant. @default [{ username: "admin", password: "admin" }] */
  readonly users?: readonly UserCredentials[];
  /** Lifetime of access tokens (`expires_in`). @default 3600 */
  readonly accessTokenLifetimeS?: number;
  /** Lifetime of refresh tokens. @default 1209600 (14 days) */
  readonly refreshTokenLifetimeS?: number;
  /** App tokens accepted as bearer tokens; they never expire and have no refresh token. @default [] */
  readonly appTokens?: readonly string[];
  /** Apps that may be connected through the Apps authorization-code flow. @default [] */
  readonly apps?: readonly FakeAppRegistration[];
  /** The PIM user who connects Apps (the `id_token`'s claims). @default a random id, Julia Stoll */
  readonly appUser?: FakeAppUser;
  /** Loads the built-in sample catalog at start. @default false */
  readonly sampleCatalog?: boolean;
  /** Items per page when `limit` is absent. @default 10 */
  readonly defaultLimit?: number;
  /** Items per page of the lists that only offer search_after (records, assets). @default 100 */
  readonly searchAfterOnlyPageSize?: number;
  /** Offset pages of products and models fail beyond this many items. @default 10000 */
  readonly maxPageOffsetItems?: number;
  /** Answers 429 beyond this many concurrent requests. @default unlimited */
  readonly maxConcurrentRequests?: number;
  /** The version and edition `GET /api/rest/v1/system-information` answers. */
  readonly systemInformation?: { readonly version: string; readonly edition: string };
  /** Source of wall-clock time in ms; tokens and `updated` dates follow it plus `advanceTime`. @default Date.now */
  readonly now?: () => number;
  /**
   * Answers pages of any origin (CORS): preflights, `Authorization` allowed, the headers the SDK
   * reads exposed; for an SDK running in a browser. @default false
   */
  readonly cors?: boolean;
}

/** The complete settings of an emulator. */
export interface ResolvedFakePimOptions {
  readonly port: number;
  readonly publicUrl: string | undefined;
  readonly clients: readonly ApiClientCredentials[];
  readonly users: readonly UserCredentials[];
  readonly accessTokenLifetimeS: number;
  readonly refreshTokenLifetimeS: number;
  readonly appTokens: readonly string[];
  readonly apps: readonly FakeAppRegistration[];
  readonly appUser: FakeAppUser | undefined;
  readonly sampleCatalog: boolean;
  readonly defaultLimit: number;
  readonly searchAfterOnlyPageSize: number;
  readonly maxPageOffsetItems: number;
  readonly maxConcurrentRequests: number | undefined;
  readonly systemInformation: { readonly version: string; readonly edition: string };
  readonly now: () => number;
  readonly cors: boolean;
}

/** The API connection an emulator accepts unless told otherwise. */
export const DEFAULT_CLIENT: ApiClientCredentials = Object.freeze({
  clientId: "demo-client",
  secret: "demo-secret",
});
/** The user an emulator accepts unless told otherwise. */
export const DEFAULT_USER: UserCredentials = Object.freeze({
  username: "admin",
  password: "admin",
});

/** Completes and checks emulator options; throws a TypeError naming the bad field. */
export function resolveFakePimOptions(options: FakePimOptions = {}): ResolvedFakePimOptions {
  const count = (name: keyof FakePimOptions, fallback: number, min: number): number => {
    const value = options[name] ?? fallback;
    if (typeof value !== "number" || !Number.isInteger(value) || value < min) {
      throw new TypeError(
        `FakePimOptions.${name} must be an integer >= ${min}, got ${String(value)}`,
      );
    }
    return value;
  };
  if (options.publicUrl !== undefined && !/^https?:\/\/[^/]+/.test(options.publicUrl)) {
    throw new TypeError(
      `FakePimOptions.publicUrl must be an absolute http(s) URL, got ${options.publicUrl}`,
    );
  }
  return Object.freeze({
    port: count("port", 0, 0),
    publicUrl: options.publicUrl?.replace(/\/+$/, ""),
    clients: options.clients ?? [DEFAULT_CLIENT],
    users: options.users ?? [DEFAULT_USER],
    accessTokenLifetimeS: count("accessTokenLifetimeS", 3600, 1),
    refreshTokenLifetimeS: count("refreshTokenLifetimeS", 1_209_600, 1),
    appTokens: options.appTokens ?? [],
    apps: options.apps ?? [],
    appUser: options.appUser,
    sampleCatalog: options.sampleCatalog ?? false,
    defaultLimit: count("defaultLimit", 10, 1),
    searchAfterOnlyPageSize: count("searchAfterOnlyPageSize", 100, 1),
    maxPageOffsetItems: count("maxPageOffsetItems", 10_000, 1),
    maxConcurrentRequests:
      options.maxConcurrentRequests === undefined
        ? undefined
        : count("maxConcurrentRequests", 0, 1),
    systemInformation: options.systemInformation ?? { version: "7.0.0", edition: "CE" },
    now: options.now ?? Date.now,
    cors: options.cors === true,
  });
}
