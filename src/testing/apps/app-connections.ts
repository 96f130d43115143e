import { createHash, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import type { FakeClock } from "../clock.js";

/** An App the emulated PIM knows: its credentials and where it wants users sent back. */
export interface FakeAppRegistration {
  readonly clientId: string;
  readonly secret: string;
  /** The App's callback URL; the authorize endpoint redirects there with `code` and `state`. */
  readonly callbackUrl: string;
}

/** The PIM user who connects Apps in the emulator, as the `id_token` names them. */
export interface FakeAppUser {
  /** The `sub` claim. */
  readonly id: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string;
}

/** How long an authorization code may wait for its exchange (Akeneo: about 30 s). */
export const AUTHORIZATION_CODE_LIFETIME_MS = 30_000;

interface IssuedCode {
  readonly clientId: string;
  readonly scopes: readonly string[];
  readonly expiresAtMs: number;
}

/** Why a code exchange was refused, as an OAuth error. */
export interface ExchangeRefusal {
  readonly error: string;
  readonly description: string;
}

/** Registered Apps, the codes issued to them and the consent the emulated user gives. */
export class AppConnections {
  private readonly codes = new Map<string, IssuedCode>();
  private readonly apps: FakeAppRegistration[];
  private consent: { readonly deny: boolean; readonly grant: readonly string[] | undefined } = {
    deny: false,
    grant: undefined,
  };

  constructor(
    apps: readonly FakeAppRegistration[],
    readonly user: FakeAppUser,
    private readonly clock: FakeClock,
  ) {
    this.apps = [...apps];
  }

  /** Registers an App (or replaces the one with the same client id). */
  register(app: FakeAppRegistration): void {
    new URL(app.callbackUrl);
    const index = this.apps.findIndex((known) => known.clientId === app.clientId);
    if (index === -1) this.apps.push({ ...app });
    else this.apps[index] = { ...app };
  }

  /** Returns the registered App with this client id. */
  find(clientId: string): FakeAppRegistration | undefined {
    return this.apps.find((app) => app.clientId === clientId);
  }

  /** Makes the user grant only these scopes (of those requested) from now on; undefined grants all. */
  grantOnly(scopes: readonly string[] | undefined): void {
    this.consent = { ...this.consent, grant: scopes === undefined ? undefined : [...scopes] };
  }

  /** Makes the user refuse (or accept again) the next authorizations. */
  refuse(deny: boolean): void {
    this.consent = { ...this.consent, deny };
  }

  /** Plays the consent screen: undefined when refused, else a fresh code for the granted scopes. */
  authorize(clientId: string, requested: readonly string[]): string | undefined {
    if (this.consent.deny) return undefined;
    const allowed = this.consent.grant;
    const scopes = allowed === undefined ? requested : requested.filter((s) => allowed.includes(s));
    const code = randomBytes(32).toString("base64url");
    this.codes.set(code, {
      clientId,
      scopes,
      expiresAtMs: this.clock.now() + AUTHORIZATION_CODE_LIFETIME_MS,
    });
    return code;
  }

  /** Consumes a code once its challenge proves the App knows its secret; the code dies either way. */
  exchange(
    fields: Record<string, string>,
  ): { readonly scopes: readonly string[]; readonly clientId: string } | ExchangeRefusal {
    const app = this.find(fields.client_id ?? "");
    if (app === undefined) return { error: "invalid_client", description: "Unknown client_id" };
    const issued = this.codes.get(fields.code ?? "");
    if (issued === undefined || issued.clientId !== app.clientId) {
      return { error: "invalid_grant", description: "Code is invalid" };
    }
    this.codes.delete(fields.code ?? "");
    if (issued.expiresAtMs <= this.clock.now()) {
      return { error: "invalid_grant", description: "Code has expired" };
    }
    if (!isChallengeMet(fields.code_identifier ?? "", fields.code_challenge ?? "", app.secret)) {
      return { error: "invalid_client", description: "The code challenge does not match" };
    }
    return { scopes: issued.scopes, clientId: app.clientId };
  }
}

/** The emulated user unless options say otherwise. */
export function createDefaultAppUser(): FakeAppUser {
  return {
    id: randomUUID(),
    firstName: "Julia",
    lastName: "Stoll",
    email: "julia@example.com",
  };
}

function isChallengeMet(identifier: string, challenge: string, secret: string): boolean {
  if (identifier === "") return false;
  const expected = createHash("sha256")
    .update(identifier + secret)
    .digest();
  const given = Buffer.from(challenge, "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}
