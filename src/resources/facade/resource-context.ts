import type { RawClient } from "../../../generated/endpoints.js";
import { type RequestSummary, requestOf, unwrap, unwrapObject } from "../../core/errors/index.js";
import type { Platform } from "../../core/platform/index.js";
import type { TextRedactor } from "../../core/redact/index.js";
import type { DataOf, EndpointFunction, InitOf } from "./endpoint-types.js";
import type { PageWalker } from "./page-walker.js";

/** What every facade is built on: the typed client carrying auth and transport. */
export interface ResourceContext {
  /** The HTTP layer (openapi-fetch's client) every generated endpoint function is called with. */
  readonly api: RawClient;
  /** What the runtime adds for uploads from a path and `downloadTo`. @default the web build's */
  readonly platform?: Platform;
  /** Longest NDJSON answer line bulk upserts read (the client's `maxNdjsonLineBytes`). */
  readonly maxNdjsonLineBytes?: number;
  /** Removes the client's own secrets (tokens, password) from the errors built from answers. */
  readonly redact?: TextRedactor;
  /** How `pages()` and `all()` walk a list, when not with the engine's own read-ahead. */
  readonly pageWalker?: PageWalker;
}

/** An endpoint's success data together with the response it came in and the request sent. */
export interface EndpointAnswer<Data> {
  data: Data;
  response: Response;
  request: RequestSummary;
}

/**
 * Calls a generated endpoint function and returns its data.
 *
 * @throws {AkeneoApiError} the subclass matching a non-2xx status.
 */
export async function callEndpoint<F extends EndpointFunction>(
  context: ResourceContext,
  endpoint: F,
  init: InitOf<F>,
): Promise<DataOf<F>> {
  return unwrap(await endpoint(context.api, init as never), context.redact) as DataOf<F>;
}

/**
 * Calls a generated endpoint function that answers one resource and returns it.
 *
 * @throws {AkeneoApiError} the subclass matching a non-2xx status.
 * @throws {InvalidResponseError} when the answer is not one JSON object.
 */
export async function callEndpointForObject<F extends EndpointFunction>(
  context: ResourceContext,
  endpoint: F,
  init: InitOf<F>,
): Promise<DataOf<F>> {
  return unwrapObject(await endpoint(context.api, init as never), context.redact) as DataOf<F>;
}

/**
 * Calls a generated endpoint function and returns its data and response (status, `Location`…).
 *
 * @throws {AkeneoApiError} the subclass matching a non-2xx status.
 */
export async function callEndpointForAnswer<F extends EndpointFunction>(
  context: ResourceContext,
  endpoint: F,
  init: InitOf<F>,
): Promise<EndpointAnswer<DataOf<F>>> {
  const result = await endpoint(context.api, init as never);
  const data = unwrap(result, context.redact) as DataOf<F>;
  return { data, response: result.response, request: requestOf(result) };
}
