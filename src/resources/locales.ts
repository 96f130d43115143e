import { LOCALES_GET, LOCALES_LIST_PER_PAGE } from "../../generated/facade-operations.js";
import { buildReadableCodeResource, type ReadableCodeResource } from "./facade/code-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import type { EndpointsOf } from "./operation-table.js";

const METHODS = { get: LOCALES_GET, list: LOCALES_LIST_PER_PAGE } as const;

/** Locales (`/api/rest/v1/locales`), read only. */
export type LocalesResource = ReadableCodeResource<EndpointsOf<typeof METHODS>>;

/** Creates the facade of locales. */
export function createLocalesResource(context: ResourceContext): LocalesResource {
  return buildReadableCodeResource(context, METHODS);
}
