import {
  ASSOCIATION_TYPES_CREATE,
  ASSOCIATION_TYPES_GET,
  ASSOCIATION_TYPES_LIST_PER_PAGE,
  ASSOCIATION_TYPES_UPSERT,
  ASSOCIATION_TYPES_UPSERT_LIST,
} from "../../generated/facade-operations.js";
import { buildCodeResource, type CodeResource } from "./facade/code-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import type { EndpointsOf } from "./operation-table.js";

const METHODS = {
  get: ASSOCIATION_TYPES_GET,
  list: ASSOCIATION_TYPES_LIST_PER_PAGE,
  create: ASSOCIATION_TYPES_CREATE,
  upsert: ASSOCIATION_TYPES_UPSERT,
  upsertList: ASSOCIATION_TYPES_UPSERT_LIST,
} as const;

/** Association types (`/api/rest/v1/association-types`). */
export type AssociationTypesResource = CodeResource<EndpointsOf<typeof METHODS>>;

/** Creates the facade of association types. */
export function createAssociationTypesResource(context: ResourceContext): AssociationTypesResource {
  return buildCodeResource(context, METHODS);
}
