import { getLocale, listLocales } from "../../generated/endpoints.js";
import { buildReadableCodeResource, type ReadableCodeResource } from "./facade/code-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import { pathOf } from "./operation-table.js";

const ENDPOINTS = { get: getLocale, list: listLocales };

/** Locales (`/api/rest/v1/locales`), read only. */
export type LocalesResource = ReadableCodeResource<typeof ENDPOINTS>;

/** Creates the facade of locales. */
export function createLocalesResource(context: ResourceContext): LocalesResource {
  return buildReadableCodeResource(context, ENDPOINTS, pathOf("locales.listPerPage"));
}
