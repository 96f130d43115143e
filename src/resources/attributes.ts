import {
  ATTRIBUTES_CREATE,
  ATTRIBUTES_GET,
  ATTRIBUTES_LIST_PER_PAGE,
  ATTRIBUTES_UPSERT,
  ATTRIBUTES_UPSERT_LIST,
} from "../../generated/facade-operations.js";
import { buildCodeResource, type CodeResource } from "./facade/code-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import type { EndpointsOf } from "./operation-table.js";

const METHODS = {
  get: ATTRIBUTES_GET,
  list: ATTRIBUTES_LIST_PER_PAGE,
  create: ATTRIBUTES_CREATE,
  upsert: ATTRIBUTES_UPSERT,
  upsertList: ATTRIBUTES_UPSERT_LIST,
} as const;

/** Attributes (`/api/rest/v1/attributes`). */
export type AttributesResource = CodeResource<EndpointsOf<typeof METHODS>>;

/** Creates the facade of attributes. */
export function createAttributesResource(context: ResourceContext): AttributesResource {
  return buildCodeResource(context, METHODS);
}
