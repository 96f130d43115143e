import { type AkeneoClient, createAkeneoClient } from "./akeneo-client.js";
import type { RenewableAuthOptions } from "./core/auth/index.js";
import type { ClientOptions } from "./core/client/index.js";

/** Options of the builder: every client option but `baseUrl` and `auth`, plus token renewal. */
export type AkeneoPimClientBuilderOptions = Omit<ClientOptions, "baseUrl" | "auth"> &
  RenewableAuthOptions;

const RENEWAL_KEYS = ["tokenStore", "onTokenChange", "refreshMarginSeconds"] as const;

/**
 * Builds clients the way Akeneo's PHP client does, so its documented examples translate line by
 * line. Building is synchronous and sends nothing.
 *
 * @example
 * const client = new AkeneoPimClientBuilder("https://pim.example.com")
 *   .buildAuthenticatedByPassword(clientId, secret, username, password);
 * const category = await client.getCategoryApi().get("master");
 */
export class AkeneoPimClientBuilder {
  readonly #baseUrl: string;
  readonly #options: AkeneoPimClientBuilderOptions;

  constructor(baseUrl: string, options: AkeneoPimClientBuilderOptions = {}) {
    this.#baseUrl = baseUrl;
    this.#options = { ...options };
  }

  /**
   * Returns a client that gets its tokens with this connection's username and password.
   *
   * @throws {InvalidOptionError} when an argument or option is invalid.
   */
  buildAuthenticatedByPassword(
    clientId: string,
    secret: string,
    username: string,
    password: string,
  ): AkeneoClient {
    const auth = { type: "password" as const, clientId, secret, username, password };
    return this.#build({ ...auth, ...this.#renewal() });
  }

  /**
   * Returns a client that starts from an existing token pair and renews it with the refresh token.
   *
   * @throws {InvalidOptionError} when an argument or option is invalid.
   */
  buildAuthenticatedByToken(
    clientId: string,
    secret: string,
    token: string,
    refreshToken: string,
  ): AkeneoClient {
    const auth = { type: "token" as const, clientId, secret, token, refreshToken };
    return this.#build({ ...auth, ...this.#renewal() });
  }

  /**
   * Returns a client that sends an Akeneo App's access token (never renewed).
   *
   * @throws {InvalidOptionError} when the token is invalid.
   */
  buildAuthenticatedByAppToken(token: string): AkeneoClient {
    return this.#build({ type: "app", token });
  }

  #build(auth: ClientOptions["auth"]): AkeneoClient {
    const clientOptions: Record<string, unknown> = { ...this.#options };
    for (const key of RENEWAL_KEYS) delete clientOptions[key];
    return this.createClient({ ...clientOptions, baseUrl: this.#baseUrl, auth });
  }

  /** Creates the client with the entry's own platform; the Node entry's builder overrides it. */
  protected createClient(options: ClientOptions): AkeneoClient {
    return createAkeneoClient(options);
  }

  #renewal(): RenewableAuthOptions {
    const renewal: Record<string, unknown> = {};
    for (const key of RENEWAL_KEYS) {
      if (this.#options[key] !== undefined) renewal[key] = this.#options[key];
    }
    return renewal as RenewableAuthOptions;
  }
}
