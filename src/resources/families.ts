import {
  FAMILIES_CREATE,
  FAMILIES_DELETE,
  FAMILIES_GET,
  FAMILIES_LIST_PER_PAGE,
  FAMILIES_UPSERT,
  FAMILIES_UPSERT_LIST,
} from "../../generated/facade-operations.js";
import { buildCodeResource, type CodeResource } from "./facade/code-resource.js";
import { buildDelete } from "./facade/method-builders.js";
import type { DeleteMethod } from "./facade/method-types.js";
import type { ResourceContext } from "./facade/resource-context.js";
import type { EndpointsOf } from "./operation-table.js";

const METHODS = {
  get: FAMILIES_GET,
  list: FAMILIES_LIST_PER_PAGE,
  create: FAMILIES_CREATE,
  upsert: FAMILIES_UPSERT,
  upsertList: FAMILIES_UPSERT_LIST,
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
    delete: buildDelete(context, FAMILIES_DELETE),
  };
}
