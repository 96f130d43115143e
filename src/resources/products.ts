import {
  createProduct,
  deleteProduct,
  getProduct,
  getProductDraft,
  listProducts,
  submitProductProposal,
  upsertProduct,
  upsertProducts,
} from "../../generated/endpoints.js";
import { identifierField } from "./facade/bulk-methods.js";
import { buildDraftableResource, type DraftableResource } from "./facade/draftable-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import { pathOf } from "./operation-table.js";

const ENDPOINTS = {
  get: getProduct,
  list: listProducts,
  create: createProduct,
  upsert: upsertProduct,
  upsertList: upsertProducts,
  delete: deleteProduct,
  getDraft: getProductDraft,
  submitForApproval: submitProductProposal,
};

/**
 * Products addressed by identifier (`/api/rest/v1/products`), with their drafts and proposals.
 * Lists offset pages unless `pagination_type` says otherwise; `all` and `pages` use search_after.
 */
export type ProductsResource = DraftableResource<typeof ENDPOINTS, [identifier: string]>;

/** Creates the facade of products addressed by identifier. */
export function createProductsResource(context: ResourceContext): ProductsResource {
  return buildDraftableResource(context, ENDPOINTS, pathOf("products.listPerPage"), {
    codeOf: identifierField,
  });
}
