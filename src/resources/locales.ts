import { buildReadableCodeResource, type ReadableCodeResource } from "./facade/code-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import type { EndpointsOf } from "./operation-table.js";

const METHODS = { get: "locales.get", list: "locales.listPerPage" } as const;

/** Locales (`/api/rest/v1/locales`), read only. */
export type LocalesResource = ReadableCodeResource<EndpointsOf<typeof METHODS>>;

/** Creates the facade of locales. */
export function createLocalesResource(context: ResourceContext): LocalesResource {
  return buildReadableCodeResource(context, METHODS);
}
