import {
  createFamily,
  deleteFamily,
  getFamily,
  listFamilies,
  upsertFamilies,
  upsertFamily,
} from "../../generated/endpoints.js";
import { buildCodeResource, type CodeResource } from "./facade/code-resource.js";
import { buildDelete } from "./facade/method-builders.js";
import type { DeleteMethod } from "./facade/method-types.js";
import type { ResourceContext } from "./facade/resource-context.js";
import { pathOf } from "./operation-table.js";

const ENDPOINTS = {
  get: getFamily,
  list: listFamilies,
  create: createFamily,
  upsert: upsertFamily,
  upsertList: upsertFamilies,
};

/** Families (`/api/rest/v1/families`). */
export interface FamiliesResource extends CodeResource<typeof ENDPOINTS> {
  /** Deletes the family with this code. */
  delete: DeleteMethod;
}

/** Creates the facade of families. */
export function createFamiliesResource(context: ResourceContext): FamiliesResource {
  return {
    ...buildCodeResource(context, ENDPOINTS, pathOf("families.listPerPage")),
    delete: buildDelete(context, deleteFamily, ["code"]),
  };
}
