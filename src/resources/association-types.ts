import {
  createAssociationType,
  getAssociationType,
  listAssociationTypes,
  upsertAssociationType,
  upsertAssociationTypes,
} from "../../generated/endpoints.js";
import { buildCodeResource, type CodeResource } from "./facade/code-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import { pathOf } from "./operation-table.js";

const ENDPOINTS = {
  get: getAssociationType,
  list: listAssociationTypes,
  create: createAssociationType,
  upsert: upsertAssociationType,
  upsertList: upsertAssociationTypes,
};

/** Association types (`/api/rest/v1/association-types`). */
export type AssociationTypesResource = CodeResource<typeof ENDPOINTS>;

/** Creates the facade of association types. */
export function createAssociationTypesResource(context: ResourceContext): AssociationTypesResource {
  return buildCodeResource(context, ENDPOINTS, pathOf("associationTypes.listPerPage"));
}
