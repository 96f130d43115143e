import { buildDraftableResource, type DraftableResource } from "./facade/draftable-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import type { EndpointsOf } from "./operation-table.js";

const METHODS = {
  get: "productModels.get",
  list: "productModels.listPerPage",
  create: "productModels.create",
  upsert: "productModels.upsert",
  upsertList: "productModels.upsertList",
  delete: "productModels.delete",
  getDraft: "productModels.getDraft",
  submitForApproval: "productModels.submitForApproval",
} as const;

/** Product models (`/api/rest/v1/product-models`), with their drafts and proposals. */
export type ProductModelsResource = DraftableResource<EndpointsOf<typeof METHODS>, [code: string]>;

/** Creates the facade of product models. */
export function createProductModelsResource(context: ResourceContext): ProductModelsResource {
  return buildDraftableResource(context, METHODS);
}
