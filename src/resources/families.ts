import { buildCodeResource, type CodeResource } from "./facade/code-resource.js";
import { buildDelete } from "./facade/method-builders.js";
import type { DeleteMethod } from "./facade/method-types.js";
import type { ResourceContext } from "./facade/resource-context.js";
import { type EndpointsOf, endpointOf, pathParametersOf } from "./operation-table.js";

const METHODS = {
  get: "families.get",
  list: "families.listPerPage",
  create: "families.create",
  upsert: "families.upsert",
  upsertList: "families.upsertList",
} as const;

/** Families (`/api/rest/v1/families`). */
export interface FamiliesResource extends CodeResource<EndpointsOf<typeof METHODS>> {
  /** Deletes the family with this code. */
  delete: DeleteMethod;
}

/** Creates the facade of families. */
export function createFamiliesResource(context: ResourceContext): FamiliesResource {
  return {
    ...buildCodeResource(context, METHODS),
    delete: buildDelete(
      context,
      endpointOf("families.delete"),
      pathParametersOf("families.delete"),
    ),
  };
}
