import { inspect } from "node:util";
import { isAkeneoError } from "../../../src/core/errors/index.js";
import {
  type AkeneoClient,
  type ClientOptions,
  createAkeneoClient,
} from "../../../src/node/index.js";
import { rawClientOf } from "../../../src/raw/index.js";
import { HOSTILE_SECRETS, type HostileServer, SECRET_VALUES } from "./hostile-server.js";

// What every hostile test needs on the client side: a client holding the fake secrets, the three
// ways of calling the API (facade, bound endpoint function, raw openapi-fetch client), and the
// checks every failure must pass (typed, no secret anywhere in it).

/** The product code every single-resource read asks for. */
export const PRODUCT_CODE = "hostile-product";

/** The path `products.get(PRODUCT_CODE)` requests. */
export const PRODUCT_PATH = `/api/rest/v1/products/${PRODUCT_CODE}`;

/**
 * A client in password mode with the fake secrets, fast retries (2 retries, 1–5 ms backoff, so
 * request counts stay small and tests fast) and a short attempt timeout, silent.
 */
export function createHostileClient(
  server: HostileServer,
  overrides: Partial<ClientOptions> = {},
): AkeneoClient {
  return createAkeneoClient({
    baseUrl: server.url,
    auth: {
      type: "password",
      clientId: HOSTILE_SECRETS.clientId,
      secret: HOSTILE_SECRETS.secret,
      username: HOSTILE_SECRETS.username,
      password: HOSTILE_SECRETS.password,
    },
    retry: { maxRetries: 2, baseDelayMs: 1, maxDelayMs: 5 },
    timeoutMs: 2_000,
    logLevel: "silent",
    ...overrides,
  });
}

/** One way of reading a product: what each surface answers is its own business. */
export interface ReadSurface {
  /** `facade`, `endpoints` or `raw`. */
  name: string;
  /** Reads PRODUCT_CODE; resolves with the data the surface hands over. */
  read(client: AkeneoClient): Promise<unknown>;
}

/** The three ways of reading one product, each the way a user writes it. */
export const READ_SURFACES: readonly ReadSurface[] = [
  { name: "facade", read: (client) => client.products.get(PRODUCT_CODE) },
  {
    name: "endpoints",
    read: async (client) =>
      (await client.endpoints.getProduct({ params: { path: { code: PRODUCT_CODE } } })).data,
  },
  {
    name: "raw",
    read: async (client) =>
      (
        await rawClientOf(client).GET("/api/rest/v1/products/{code}", {
          params: { path: { code: PRODUCT_CODE } },
        })
      ).data,
  },
];

/** Fails when any fake secret appears anywhere in `value` (message, stack, causes, fields). */
export function expectNoSecret(value: unknown): void {
  const text = inspect(value, { depth: 10, showHidden: true });
  for (const secret of SECRET_VALUES) expect(text).not.toContain(secret);
}

/**
 * Awaits a call that must fail, and checks the failure: an `AkeneoError` of the given class
 * (by name, as the guards do), with no secret anywhere in it. Returns it for further checks.
 */
export async function expectSafeFailure(
  call: Promise<unknown>,
  errorName: string,
): Promise<Error & Record<string, unknown>> {
  const outcome = await call.then(
    (value) => ({ failed: false as const, value }),
    (error: unknown) => ({ failed: true as const, error }),
  );
  if (!outcome.failed) throw new Error(`expected ${errorName}, got ${inspect(outcome.value)}`);
  const { error } = outcome;
  expect(isAkeneoError(error)).toBe(true);
  expect((error as Error).name).toBe(errorName);
  expectNoSecret(error);
  return error as Error & Record<string, unknown>;
}
