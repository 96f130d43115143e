import { randomBytes } from "node:crypto";
import type { FakeClock } from "../clock.js";

/** An API connection's client id and secret. */
export interface ApiClientCredentials {
  readonly clientId: string;
  readonly secret: string;
}

/** A PIM user allowed to use the password grant. */
export interface UserCredentials {
  readonly username: string;
  readonly password: string;
}

/** The token pair the token endpoint answers. */
export interface IssuedTokens {
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly expiresInS: number;
}

/** What a bearer token is worth right now. */
export type BearerVerdict = "valid" | "expired" | "unknown";

/** Settings of the emulated OAuth server. */
export interface OAuthSettings {
  readonly clients: readonly ApiClientCredentials[];
  readonly users: readonly UserCredentials[];
  readonly accessTokenLifetimeS: number;
  readonly refreshTokenLifetimeS: number;
  readonly appTokens: readonly string[];
}

interface RefreshGrant {
  readonly clientId: string;
  readonly username: string;
  readonly expiresAtMs: number;
}

/** Issues, rotates, checks and expires tokens; one instance per emulator. */
export class OAuthState {
  private readonly accessTokens = new Map<string, number>();
  private readonly refreshTokens = new Map<string, RefreshGrant>();
  private readonly appTokens: Set<string>;

  constructor(
    private readonly settings: OAuthSettings,
    private readonly clock: FakeClock,
  ) {
    this.appTokens = new Set(settings.appTokens);
  }

  /** Tells whether this id and secret belong to a configured API client. */
  isKnownClient(clientId: string, secret: string): boolean {
    return this.settings.clients.some((c) => c.clientId === clientId && c.secret === secret);
  }

  /** Tells whether this user name and password belong to a configured user. */
  isKnownUser(username: string, password: string): boolean {
    return this.settings.users.some((u) => u.username === username && u.password === password);
  }

  /** Issues a fresh token pair for a client acting as a user. */
  issue(clientId: string, username: string): IssuedTokens {
    const now = this.clock.now();
    const accessToken = createTokenValue();
    const refreshToken = createTokenValue();
    this.accessTokens.set(accessToken, now + this.settings.accessTokenLifetimeS * 1000);
    this.refreshTokens.set(refreshToken, {
      clientId,
      username,
      expiresAtMs: now + this.settings.refreshTokenLifetimeS * 1000,
    });
    return { accessToken, refreshToken, expiresInS: this.settings.accessTokenLifetimeS };
  }

  /** Exchanges a refresh token for a new pair; the used refresh token dies (rotation). */
  refresh(clientId: string, refreshToken: string): IssuedTokens | undefined {
    const grant = this.refreshTokens.get(refreshToken);
    if (grant === undefined || grant.clientId !== clientId) return undefined;
    this.refreshTokens.delete(refreshToken);
    if (grant.expiresAtMs <= this.clock.now()) return undefined;
    return this.issue(clientId, grant.username);
  }

  /** Judges a bearer token: app tokens never expire, access tokens do. */
  verify(token: string): BearerVerdict {
    if (this.appTokens.has(token)) return "valid";
    const expiresAtMs = this.accessTokens.get(token);
    if (expiresAtMs === undefined) return "unknown";
    return expiresAtMs > this.clock.now() ? "valid" : "expired";
  }

  /** Makes every access token issued so far expired (app tokens are not affected). */
  expireAccessTokens(): void {
    const past = this.clock.now() - 1;
    for (const token of this.accessTokens.keys()) this.accessTokens.set(token, past);
  }

  /** Makes every refresh token issued so far unusable. */
  revokeRefreshTokens(): void {
    this.refreshTokens.clear();
  }

  /** Accepts a new app token (an App connected to the PIM). */
  addAppToken(token: string): void {
    this.appTokens.add(token);
  }

  /** Forgets an app token (the App was disconnected); it then answers 401. */
  removeAppToken(token: string): void {
    this.appTokens.delete(token);
  }
}

function createTokenValue(): string {
  return randomBytes(36).toString("base64url");
}
