import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import {
  AppConnections,
  createDefaultAppUser,
  type FakeAppRegistration,
  type FakeAppUser,
} from "./apps/app-connections.js";
import { createAppsRoutes } from "./apps/apps-routes.js";
import { createOpenIdSigner, type OpenIdSigner } from "./apps/openid-signer.js";
import type { IssuedTokens } from "./auth/oauth-state.js";
import { OAuthState } from "./auth/oauth-state.js";
import { createTokenRoute, type TokenRequestRecord } from "./auth/token-endpoint.js";
import { createFakeClock } from "./clock.js";
import { createFakePimData, type FakePimData } from "./fake-pim-data.js";
import {
  type FakePimOptions,
  type ResolvedFakePimOptions,
  resolveFakePimOptions,
} from "./fake-pim-options.js";
import { createFaultState, type FaultControls } from "./faults/fault-controls.js";
import { createRequestPipeline } from "./http/request-pipeline.js";
import { Router } from "./http/router.js";
import { createRequestLog, type RequestLog } from "./request-log.js";
import type { EmulatorContext } from "./routes/emulator-context.js";
import { createEmulatorRoutes } from "./routes/emulator-routes.js";
import { loadSampleCatalog } from "./sample-catalog.js";
import { createSeeder, type FakePimSeeder } from "./seeder.js";
import { Catalog } from "./store/catalog.js";

/** Token controls of a running emulator. */
export interface FakePimAuthControls {
  /** Counts calls of the token endpoint, optionally of one grant type only. */
  tokenRequestCount(grantType?: "password" | "refresh_token"): number;
  /** Makes every access token issued so far expired; the next call with one answers 401. */
  expireAccessTokens(): void;
  /** Makes every refresh token issued so far unusable (422 on refresh). */
  revokeRefreshTokens(): void;
  /** Issues a token pair without calling the token endpoint (not counted). */
  issueTokens(username?: string): IssuedTokens;
  /** Accepts an app token from now on. */
  addAppToken(token: string): void;
  /** Stops accepting an app token (the App was disconnected). */
  removeAppToken(token: string): void;
}

/** Controls of the emulated Apps flow (authorize, token exchange, OpenID public key). */
export interface FakePimAppsControls {
  /** The PIM user who connects Apps, as the `id_token` names them. */
  readonly user: FakeAppUser;
  /** Registers an App (client id, secret, callback URL), e.g. once its server listens. */
  register(app: FakeAppRegistration): void;
  /** Makes the user grant only these of the requested scopes; `undefined` grants all again. */
  grantOnly(scopes: readonly string[] | undefined): void;
  /** Makes the user refuse the next authorizations (`error=access_denied`); `false` accepts again. */
  refuseAuthorization(refuse?: boolean): void;
  /** Replaces the OpenID key pair: `id_token`s signed before no longer match the public key. */
  rotateOpenIdKey(): void;
  /** Counts calls of the App token endpoint, optionally only those answered with this status. */
  tokenExchangeCount(status?: number): number;
}

/** The credentials an emulator accepts first (its defaults unless options said otherwise). */
export interface FakePimCredentials {
  readonly clientId: string;
  readonly secret: string;
  readonly username: string;
  readonly password: string;
}

/** A running emulated Akeneo PIM. */
export interface FakePim {
  /** Where the emulator listens, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  /** Base of the URLs the emulator writes in links and `Location` (`url` unless configured). */
  readonly publicUrl: string;
  readonly credentials: FakePimCredentials;
  readonly requestLog: RequestLog;
  readonly faults: FaultControls;
  readonly seed: FakePimSeeder;
  readonly data: FakePimData;
  readonly auth: FakePimAuthControls;
  readonly apps: FakePimAppsControls;
  /** Moves the emulated clock forward (token expiry, `updated` dates, `SINCE LAST N DAYS`). */
  advanceTime(ms: number): void;
  /** Returns the emulated current time in ms since the epoch. */
  now(): number;
  /** Expires every access token issued so far (same as `auth.expireAccessTokens()`). */
  expireAllTokens(): void;
  /** Stops the server and drops open connections. */
  close(): Promise<void>;
}

/**
 * Starts an in-memory Akeneo PIM on 127.0.0.1 and resolves once it listens.
 *
 * @example
 * const pim = await startFakePim({ sampleCatalog: true });
 * // point the client at pim.url with pim.credentials
 * await pim.close();
 */
export async function startFakePim(options: FakePimOptions = {}): Promise<FakePim> {
  const settings = resolveFakePimOptions(options);
  const clock = createFakeClock(settings.now);
  const catalog = new Catalog();
  const oauth = new OAuthState(settings, clock);
  const faults = createFaultState();
  if (settings.maxConcurrentRequests !== undefined)
    faults.limitConcurrency(settings.maxConcurrentRequests);
  const log = createRequestLog();
  const tokenRequests: TokenRequestRecord[] = [];
  const seed = createSeeder(catalog, clock);
  if (settings.sampleCatalog) loadSampleCatalog(seed);
  let publicUrl = settings.publicUrl ?? "";
  const context = createContext(settings, { catalog, clock, oauth, faults }, () => publicUrl);
  const connections = new AppConnections(
    settings.apps,
    settings.appUser ?? createDefaultAppUser(),
    clock,
  );
  let signer: OpenIdSigner | undefined;
  const currentSigner = (): OpenIdSigner => {
    signer ??= createOpenIdSigner();
    return signer;
  };
  const exchanges: number[] = [];
  const router = new Router();
  router.add(
    createTokenRoute(oauth, tokenRequests),
    ...createAppsRoutes({
      connections,
      oauth,
      clock,
      signer: currentSigner,
      publicUrl: () => publicUrl,
      onExchange: (status) => exchanges.push(status),
    }),
    ...createEmulatorRoutes(context, router),
  );
  const server = createServer(
    createRequestPipeline({ router, oauth, faults, log, cors: settings.cors }),
  );
  const url = await listen(server, settings.port);
  publicUrl = settings.publicUrl ?? url;
  const first = { ...settings.clients[0], ...settings.users[0] };
  return {
    url,
    publicUrl,
    credentials: {
      clientId: first.clientId ?? "",
      secret: first.secret ?? "",
      username: first.username ?? "",
      password: first.password ?? "",
    },
    requestLog: log,
    faults,
    seed,
    data: createFakePimData(catalog),
    auth: {
      tokenRequestCount: (grantType) =>
        tokenRequests.filter((r) => grantType === undefined || r.grantType === grantType).length,
      expireAccessTokens: () => oauth.expireAccessTokens(),
      revokeRefreshTokens: () => oauth.revokeRefreshTokens(),
      issueTokens: (username = first.username ?? "admin") =>
        oauth.issue(first.clientId ?? "", username),
      addAppToken: (token) => oauth.addAppToken(token),
      removeAppToken: (token) => oauth.removeAppToken(token),
    },
    apps: {
      user: connections.user,
      register: (app) => connections.register(app),
      grantOnly: (scopes) => connections.grantOnly(scopes),
      refuseAuthorization: (refuse = true) => connections.refuse(refuse),
      rotateOpenIdKey: () => {
        signer = createOpenIdSigner();
      },
      tokenExchangeCount: (status) =>
        exchanges.filter((s) => status === undefined || s === status).length,
    },
    advanceTime: (ms) => clock.advance(ms),
    now: () => clock.now(),
    expireAllTokens: () => oauth.expireAccessTokens(),
    close: () => stop(server),
  };
}

function createContext(
  settings: ResolvedFakePimOptions,
  parts: Pick<EmulatorContext, "catalog" | "clock" | "oauth" | "faults">,
  publicUrl: () => string,
): EmulatorContext {
  return {
    ...parts,
    list: {
      defaultLimit: settings.defaultLimit,
      maxLimit: 100,
      searchAfterOnlyPageSize: settings.searchAfterOnlyPageSize,
    },
    maxPageOffsetItems: settings.maxPageOffsetItems,
    maxBulkItems: 100,
    maxBulkLineLength: 1_000_000,
    systemInformation: settings.systemInformation,
    publicUrl,
  };
}

function listen(server: Server, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address() as AddressInfo;
      resolve(`http://127.0.0.1:${address.port}`);
    });
  });
}

function stop(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
