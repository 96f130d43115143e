import { buildCodeResource, type CodeResource } from "./facade/code-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import type { EndpointsOf } from "./operation-table.js";

const METHODS = {
  get: "associationTypes.get",
  list: "associationTypes.listPerPage",
  create: "associationTypes.create",
  upsert: "associationTypes.upsert",
  upsertList: "associationTypes.upsertList",
} as const;

/** Association types (`/api/rest/v1/association-types`). */
export type AssociationTypesResource = CodeResource<EndpointsOf<typeof METHODS>>;

/** Creates the facade of association types. */
export function createAssociationTypesResource(context: ResourceContext): AssociationTypesResource {
  return buildCodeResource(context, METHODS);
}
