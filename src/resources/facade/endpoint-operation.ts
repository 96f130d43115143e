import { ENDPOINT_FACTS, type EndpointFacts } from "../../../generated/runtime-facts.js";
import type { EndpointFunction } from "./endpoint-types.js";

// Keyed by the function itself: minifiers rename functions, so `Function.name` cannot be trusted.
let factsByEndpoint: ReadonlyMap<unknown, EndpointFacts> | undefined;

/** Returns what the client reads about a generated endpoint function, or `undefined` for another function. */
export function factsOfEndpoint(endpoint: EndpointFunction): EndpointFacts | undefined {
  factsByEndpoint ??= new Map(ENDPOINT_FACTS.map((facts) => [facts.endpoint, facts]));
  return factsByEndpoint.get(endpoint);
}
