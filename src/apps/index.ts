export { readAppCallback } from "./app-callback.js";
export type { AppsHttpOptions } from "./app-http.js";
export {
  APP_AUTHENTICATION_SCOPES,
  APP_AUTHORIZATION_SCOPES,
  type AppAuthenticationScope,
  type AppAuthorizationScope,
  type AppScope,
  compareScopes,
  isAppScope,
  type ScopeComparison,
} from "./app-scopes.js";
export { createAppState, isSameState } from "./app-state.js";
export {
  AppCallbackError,
  type AppCallbackFailure,
  AppTokenExchangeError,
  type AppTokenExchangeFailure,
  IdTokenError,
  type IdTokenFailure,
  ScopesNotGrantedError,
} from "./apps-errors.js";
export {
  APP_AUTHORIZE_PATH,
  type AuthorizationRequest,
  type AuthorizationRequestOptions,
  createAuthorizationRequest,
  readActivationRequest,
} from "./authorization-request.js";
export { createCodeChallenge, createCodeIdentifier } from "./code-challenge.js";
export {
  type AppActivation,
  type AppCallbackOptions,
  completeAppActivation,
} from "./complete-app-activation.js";
export {
  type AppUser,
  DEFAULT_ID_TOKEN_TOLERANCE_S,
  type IdTokenVerificationOptions,
  verifyIdToken,
} from "./id-token.js";
export { fetchOpenIdPublicKey, OPENID_PUBLIC_KEY_PATH } from "./openid-public-key.js";
export {
  APP_TOKEN_PATH,
  type AppCodeExchangeOptions,
  type AppToken,
  exchangeAppCode,
} from "./token-exchange.js";
