import type { Client, Middleware } from "openapi-fetch";
import type { FetchResultLike, RequestSummary } from "../errors/index.js";

const CALL_METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

type CallInit = { middleware?: Middleware[] } | undefined;
type Send = (init: CallInit) => Promise<FetchResultLike>;
// openapi-fetch's methods with their path and parameter types erased: the wrappers only pass them on.
type UntypedClient = Record<
  (typeof CALL_METHODS)[number],
  (url: unknown, init: CallInit) => Promise<FetchResultLike>
> & { request(method: unknown, url: unknown, init: CallInit): Promise<FetchResultLike> };

// openapi-fetch's result holds only the response: the request it answers is caught by this call's
// own middleware and added to the result, not hidden on the Response.
async function sendNamingRequest(send: Send, init: CallInit): Promise<FetchResultLike> {
  let request: RequestSummary | undefined;
  // Runs last, after the caller's own middlewares: it sees the request as sent.
  const recordRequest: Middleware = {
    onRequest({ request: sent }) {
      request = { method: sent.method, url: sent.url };
      return undefined;
    },
  };
  const middleware = [...(init?.middleware ?? []), recordRequest];
  const result = await send({ ...init, middleware });
  return { ...result, ...(request && { request }) };
}

/**
 * Returns the client's HTTP layer: openapi-fetch's client whose results also carry `request`
 * (the method and URL sent), which `unwrap()` names in its errors.
 */
export function createRawLayer<Paths extends {}>(client: Client<Paths>): Client<Paths> {
  const untyped = client as unknown as UntypedClient;
  const layer: Record<string, unknown> = {
    request: (method: unknown, url: unknown, init?: CallInit) =>
      sendNamingRequest((next) => untyped.request(method, url, next), init),
    use: (...middleware: Middleware[]) => client.use(...middleware),
    eject: (...middleware: Middleware[]) => client.eject(...middleware),
  };
  for (const method of CALL_METHODS) {
    layer[method] = (url: unknown, init?: CallInit) =>
      sendNamingRequest((next) => untyped[method](url, next), init);
  }
  // The wrappers take and return exactly what openapi-fetch's methods do, plus one result field.
  return Object.freeze(layer) as unknown as Client<Paths>;
}
