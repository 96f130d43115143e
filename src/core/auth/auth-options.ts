import type { TokenPair } from "./token-pair.js";
import type { TokenStore } from "./token-store.js";

/** Called with the new pair each time the client obtains one from the token endpoint. */
export type TokenChangeListener = (pair: TokenPair) => void | Promise<void>;

/** Options shared by the modes that renew their token. */
export interface RenewableAuthOptions {
  /** Where the pair is kept and shared. @default an in-memory store */
  tokenStore?: TokenStore;
  /** Notified after every new pair (e.g. to persist it elsewhere). Errors are logged, not thrown. */
  onTokenChange?: TokenChangeListener;
  /** Renew this many seconds before expiry (at most half the token's lifetime). @default 60 */
  refreshMarginSeconds?: number;
}

/** Username/password of an Akeneo connection: the client gets and renews tokens itself. */
export interface PasswordAuthOptions extends RenewableAuthOptions {
  type: "password";
  /** Connection's client id. */
  clientId: string;
  /** Connection's secret. */
  secret: string;
  /** Connection's username. */
  username: string;
  /** Connection's password. */
  password: string;
}

/** An existing token pair: renewed with the refresh token; no password to fall back on. */
export interface TokenAuthOptions extends RenewableAuthOptions {
  type: "token";
  /** Connection's client id. */
  clientId: string;
  /** Connection's secret. */
  secret: string;
  /** Current access token. */
  token: string;
  /** Current refresh token. */
  refreshToken: string;
}

/** An Akeneo App's access token: sent as is, never renewed (it lives until the App is disconnected). */
export interface AppAuthOptions {
  type: "app";
  /** The App's access token. */
  token: string;
}

/** How the client authenticates: one of the three modes of Akeneo's PHP client. */
export type AuthOptions = PasswordAuthOptions | TokenAuthOptions | AppAuthOptions;

/** Renewal settings after option resolution. */
export interface ResolvedRenewal {
  tokenStore: TokenStore;
  onTokenChange: TokenChangeListener | undefined;
  refreshMarginSeconds: number;
}

/** The complete, validated form of `AuthOptions`. */
export type ResolvedAuthOptions =
  | (Required<Omit<PasswordAuthOptions, keyof RenewableAuthOptions>> & ResolvedRenewal)
  | (Required<Omit<TokenAuthOptions, keyof RenewableAuthOptions>> & ResolvedRenewal)
  | Required<AppAuthOptions>;
