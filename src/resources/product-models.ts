import {
  createProductModel,
  deleteProductModel,
  getProductModel,
  getProductModelDraft,
  listProductModels,
  submitProductModelProposal,
  upsertProductModel,
  upsertProductModels,
} from "../../generated/endpoints.js";
import { buildDraftableResource, type DraftableResource } from "./facade/draftable-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import { pathOf } from "./operation-table.js";

const ENDPOINTS = {
  get: getProductModel,
  list: listProductModels,
  create: createProductModel,
  upsert: upsertProductModel,
  upsertList: upsertProductModels,
  delete: deleteProductModel,
  getDraft: getProductModelDraft,
  submitForApproval: submitProductModelProposal,
};

/** Product models (`/api/rest/v1/product-models`), with their drafts and proposals. */
export type ProductModelsResource = DraftableResource<typeof ENDPOINTS, [code: string]>;

/** Creates the facade of product models. */
export function createProductModelsResource(context: ResourceContext): ProductModelsResource {
  return buildDraftableResource(context, ENDPOINTS, pathOf("productModels.listPerPage"));
}
