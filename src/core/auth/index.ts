export { createAuthMiddleware, type RenewalFailureReport } from "./auth-middleware.js";
export type {
  AppAuthOptions,
  AuthOptions,
  PasswordAuthOptions,
  RenewableAuthOptions,
  ResolvedAuthOptions,
  ResolvedRenewal,
  TokenAuthOptions,
  TokenChangeListener,
} from "./auth-options.js";
export {
  type CurrentBearer,
  createCurrentBearer,
  refreshBearerOnAttempt,
} from "./current-bearer.js";
export type { FileLockOptions } from "./file-lock.js";
export type { FileTokenStoreOptions } from "./file-token-store.js";
export {
  type AuthenticationLookup,
  createAuthenticationLookup,
  type OperationAuthentication,
  type OperationAuthenticationFacts,
} from "./operation-authentication.js";
export { isLoopbackHost, isPlainHttpToRemoteHost } from "./plain-http-warning.js";
export { createSingleFlight, type SingleFlight } from "./single-flight.js";
export { createTokenCycler, type TokenCycler, type TokenCyclerOptions } from "./token-cycler.js";
export {
  createTokenRequestCheck,
  encodeBasicCredentials,
  requestToken,
  TOKEN_PATH,
  type TokenEndpointOptions,
  type TokenGrant,
} from "./token-endpoint.js";
export { isExpiring, isTokenPair, type TokenPair } from "./token-pair.js";
export { createMemoryTokenStore, type TokenStore } from "./token-store.js";
export { isTokenText } from "./token-syntax.js";
