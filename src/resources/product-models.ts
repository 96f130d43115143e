import {
  PRODUCT_MODELS_CREATE,
  PRODUCT_MODELS_DELETE,
  PRODUCT_MODELS_GET,
  PRODUCT_MODELS_GET_DRAFT,
  PRODUCT_MODELS_LIST_PER_PAGE,
  PRODUCT_MODELS_SUBMIT_FOR_APPROVAL,
  PRODUCT_MODELS_UPSERT,
  PRODUCT_MODELS_UPSERT_LIST,
} from "../../generated/facade-operations.js";
import { buildDraftableResource, type DraftableResource } from "./facade/draftable-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import type { EndpointsOf } from "./operation-table.js";

const METHODS = {
  get: PRODUCT_MODELS_GET,
  list: PRODUCT_MODELS_LIST_PER_PAGE,
  create: PRODUCT_MODELS_CREATE,
  upsert: PRODUCT_MODELS_UPSERT,
  upsertList: PRODUCT_MODELS_UPSERT_LIST,
  delete: PRODUCT_MODELS_DELETE,
  getDraft: PRODUCT_MODELS_GET_DRAFT,
  submitForApproval: PRODUCT_MODELS_SUBMIT_FOR_APPROVAL,
} as const;

/** Product models (`/api/rest/v1/product-models`), with their drafts and proposals. */
export type ProductModelsResource = DraftableResource<EndpointsOf<typeof METHODS>, [code: string]>;

/** Creates the facade of product models. */
export function createProductModelsResource(context: ResourceContext): ProductModelsResource {
  return buildDraftableResource(context, METHODS);
}
