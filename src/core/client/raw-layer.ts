import type { Client, Middleware } from "openapi-fetch";
import type { RenewalFailureReport } from "../auth/index.js";
import type { AkeneoApiError, FetchResultLike, RequestSummary } from "../errors/index.js";

const CALL_METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

/** Creates the auth middleware of one call, reporting a failed renewal to that call. */
export type CallAuthenticator = (reportRenewalFailure: RenewalFailureReport) => Middleware;

type CallInit =
  | { middleware?: Middleware[]; fetch?: unknown; Request?: typeof Request | undefined }
  | undefined;
type Send = (init: CallInit) => Promise<FetchResultLike>;
// openapi-fetch's methods with their path and parameter types erased: the wrappers only pass them on.
type UntypedClient = Record<
  (typeof CALL_METHODS)[number],
  (url: unknown, init: CallInit) => Promise<FetchResultLike>
> & { request(method: unknown, url: unknown, init: CallInit): Promise<FetchResultLike> };

// openapi-fetch's result holds only the response: the request it answers and a failed renewal are
// caught by this call's own middlewares and added to the result, not hidden on the Response.
async function sendNamingOrigin(
  send: Send,
  init: CallInit,
  authenticate: CallAuthenticator,
  requestClass: typeof Request | undefined,
): Promise<FetchResultLike> {
  let request: RequestSummary | undefined;
  let renewalFailure: AkeneoApiError | undefined;
  // Runs last, after the caller's own middlewares: it sees the request as sent.
  const recordRequest: Middleware = {
    onRequest({ request: sent }) {
      request = { method: sent.method, url: sent.url };
      return undefined;
    },
  };
  const auth = authenticate((failure) => {
    renewalFailure = failure;
  });
  const middleware = init?.middleware
    ? [auth, ...init.middleware, recordRequest]
    : [auth, recordRequest];
  // openapi-fetch builds a new result object for each call: the fields are added to it. With no
  // `Request` class (undefined), it uses the client's.
  const result = await send({ ...init, middleware, Request: requestClass });
  if (request) result.request = request;
  if (renewalFailure) result.renewalFailure = renewalFailure;
  return result;
}

/**
 * Returns the client's HTTP layer: openapi-fetch's client, authenticated call by call, whose
 * results also carry `request` (method and URL sent) and, after a 401 whose token renewal the
 * token endpoint refused, `renewalFailure`, which `unwrap()` turns into the error's `cause`.
 *
 * Middlewares added with `use()` run outside the authentication: their `onRequest` does not see
 * the bearer, their `onResponse` sees the answer after any renewal and replay. Those given to one
 * call run inside it, seeing the bearer and the 401 before its replay.
 *
 * @param lightRequestClass The light request class the transport's final `fetch` reads (the Node
 *   adapter's), if any: calls that no middleware, `fetch` or `Request` option of the call can see
 *   are then built with it, sparing `new Request()`'s cost, until a middleware is added with
 *   `use()`: from then on, even after `eject()`, every call builds a real `Request`.
 */
export function createRawLayer<Paths extends {}>(
  client: Client<Paths>,
  authenticate: CallAuthenticator,
  lightRequestClass?: typeof Request,
): Client<Paths> {
  const untyped = client as unknown as UntypedClient;
  // Switched off for good by use(), not counted back by eject(): the layer keeps no list of its own.
  let light = lightRequestClass;
  // A call with its own middleware, `fetch` or `Request` class lets the caller's code see the
  // request: it gets a real one (of its own class, if it gave one).
  const requestClassFor = (init: CallInit): typeof Request | undefined =>
    init?.middleware?.length || init?.fetch || init?.Request ? init?.Request : light;
  const layer: Record<string, unknown> = {
    request: (method: unknown, url: unknown, init?: CallInit) =>
      sendNamingOrigin(
        (next) => untyped.request(method, url, next),
        init,
        authenticate,
        requestClassFor(init),
      ),
    use: (...middleware: Middleware[]) => {
      light = undefined;
      client.use(...middleware);
    },
    eject: (...middleware: Middleware[]) => client.eject(...middleware),
  };
  for (const method of CALL_METHODS) {
    layer[method] = (url: unknown, init?: CallInit) =>
      sendNamingOrigin(
        (next) => untyped[method](url, next),
        init,
        authenticate,
        requestClassFor(init),
      );
  }
  // The wrappers take and return exactly what openapi-fetch's methods do, plus two result fields.
  return Object.freeze(layer) as unknown as Client<Paths>;
}
