/** The authorization scopes an App may request: what its token may read, write or delete. */
export const APP_AUTHORIZATION_SCOPES = /* @__PURE__ */ Object.freeze([
  "read_products",
  "write_products",
  "delete_products",
  "read_catalog_structure",
  "write_catalog_structure",
  "read_attribute_options",
  "write_attribute_options",
  "read_categories",
  "write_categories",
  "read_channel_localization",
  "read_channel_settings",
  "write_channel_settings",
  "read_association_types",
  "write_association_types",
  "read_asset_families",
  "write_asset_families",
  "read_assets",
  "write_assets",
  "delete_assets",
  "read_reference_entities",
  "write_reference_entities",
  "read_reference_entity_records",
  "write_reference_entity_records",
] as const);

/** The authentication (OpenID Connect) scopes: who the connecting PIM user is. */
export const APP_AUTHENTICATION_SCOPES = /* @__PURE__ */ Object.freeze([
  "openid",
  "profile",
  "email",
] as const);

/** One authorization scope, such as `"read_products"`. */
export type AppAuthorizationScope = (typeof APP_AUTHORIZATION_SCOPES)[number];

/** One authentication scope: `"openid"`, `"profile"` or `"email"`. */
export type AppAuthenticationScope = (typeof APP_AUTHENTICATION_SCOPES)[number];

/** Any scope an App may request. */
export type AppScope = AppAuthorizationScope | AppAuthenticationScope;

// Built on first use: a set spread from the lists at module level would stay in every bundle.
let knownScopes: ReadonlySet<string> | undefined;

/** Tells whether a string is a scope this SDK knows. */
export function isAppScope(value: unknown): value is AppScope {
  knownScopes ??= new Set<string>([...APP_AUTHORIZATION_SCOPES, ...APP_AUTHENTICATION_SCOPES]);
  return typeof value === "string" && knownScopes.has(value);
}

/** Requested scopes set against the ones the PIM granted. */
export interface ScopeComparison {
  /** The scopes the App asked for. */
  readonly requested: readonly AppScope[];
  /** The scopes the PIM granted, as it wrote them (it may name scopes this SDK does not know). */
  readonly granted: readonly string[];
  /** Requested scopes that were not granted; empty when everything asked for was granted. */
  readonly missing: readonly AppScope[];
}

/**
 * Compares requested and granted scopes.
 *
 * A granted `write_…` scope covers a requested `read_…` one of the same subject: Akeneo's write
 * scopes include reading.
 */
export function compareScopes(
  requested: readonly AppScope[],
  granted: readonly string[],
): ScopeComparison {
  const grantedSet = new Set(granted);
  const isCovered = (scope: AppScope): boolean =>
    grantedSet.has(scope) ||
    (scope.startsWith("read_") && grantedSet.has(`write_${scope.slice("read_".length)}`));
  return Object.freeze({
    requested: Object.freeze([...requested]),
    granted: Object.freeze([...granted]),
    missing: Object.freeze(requested.filter((scope) => !isCovered(scope))),
  });
}

/** Splits a space-separated `scope` value into its scopes (empty and repeated entries dropped). */
export function parseScopeList(value: string): string[] {
  return [...new Set(value.split(/\s+/).filter((scope) => scope !== ""))];
}
