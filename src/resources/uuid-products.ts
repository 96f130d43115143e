import {
  createUuidProduct,
  deleteUuidProduct,
  getUuidProduct,
  getUuidProductDraft,
  listUuidProducts,
  searchUuidProducts,
  submitUuidProductProposal,
  upsertUuidProduct,
  upsertUuidProducts,
} from "../../generated/endpoints.js";
import { uuidField } from "./facade/bulk-methods.js";
import { buildDraftableResource, type DraftableResource } from "./facade/draftable-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import { pathOf } from "./operation-table.js";
import { createProductSearch, type ProductSearchMethods } from "./product-search.js";

const ENDPOINTS = {
  get: getUuidProduct,
  list: listUuidProducts,
  create: createUuidProduct,
  upsert: upsertUuidProduct,
  upsertList: upsertUuidProducts,
  delete: deleteUuidProduct,
  getDraft: getUuidProductDraft,
  submitForApproval: submitUuidProductProposal,
};

/**
 * Products addressed by uuid (`/api/rest/v1/products-uuid`), with drafts, proposals and search.
 * `create` answers the uuid from `Location` when the server chose it.
 */
export interface UuidProductsResource
  extends DraftableResource<typeof ENDPOINTS, [uuid: string]>,
    ProductSearchMethods {}

/** Creates the facade of products addressed by uuid. */
export function createUuidProductsResource(context: ResourceContext): UuidProductsResource {
  return {
    ...buildDraftableResource(context, ENDPOINTS, pathOf("uuidProducts.listPerPage"), {
      keyName: "uuid",
      codeOf: uuidField,
    }),
    ...createProductSearch(context, searchUuidProducts),
  };
}
