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
import { codeField } from "./facade/bulk-methods.js";
import { SEARCH_AFTER_PAGING } from "./facade/list-methods.js";
import {
  buildAction,
  buildCreate,
  buildDelete,
  buildGet,
  buildListMethods,
  buildUpsert,
  buildUpsertList,
} from "./facade/method-builders.js";
import type {
  AllMethod,
  CreateMethod,
  DeleteMethod,
  GetMethod,
  ListPerPageMethod,
  PagesMethod,
  UpsertListMethod,
  UpsertMethod,
} from "./facade/method-types.js";
import type { ResourceContext } from "./facade/resource-context.js";

const PRODUCT_MODELS = "/api/rest/v1/product-models";
const BY_CODE = ["code"] as const;

/** Product models (`/api/rest/v1/product-models`), with their drafts and proposals. */
export interface ProductModelsResource {
  /** Returns the product model with this code. */
  get: GetMethod<typeof getProductModel>;
  /** Returns one page of product models. */
  listPerPage: ListPerPageMethod<typeof listProductModels>;
  /** Iterates every product model with search_after, 100 per page by default. */
  all: AllMethod<typeof listProductModels>;
  /** Iterates the pages of product models with search_after. */
  pages: PagesMethod<typeof listProductModels>;
  /** Creates a product model; answers its code and `Location`. */
  create: CreateMethod<typeof createProductModel>;
  /** Creates or updates the product model with this code. */
  upsert: UpsertMethod<typeof upsertProductModel>;
  /** Upserts many product models in NDJSON batches of at most 100. */
  upsertList: UpsertListMethod<typeof upsertProductModels>;
  /** Deletes the product model with this code. */
  delete: DeleteMethod;
  /** Returns the current user's draft of this product model (Enterprise Edition). */
  getDraft: GetMethod<typeof getProductModelDraft>;
  /** Submits the current user's draft of this product model for approval (Enterprise Edition). */
  submitForApproval: (code: string) => Promise<void>;
}

/** Creates the facade of product models. */
export function createProductModelsResource(context: ResourceContext): ProductModelsResource {
  return {
    get: buildGet(context, getProductModel, BY_CODE),
    ...buildListMethods(context, listProductModels, PRODUCT_MODELS, [], SEARCH_AFTER_PAGING),
    create: buildCreate(context, createProductModel, PRODUCT_MODELS, [], codeField),
    upsert: buildUpsert(context, upsertProductModel, BY_CODE),
    upsertList: buildUpsertList(context, upsertProductModels, [], "ndjson", codeField),
    delete: buildDelete(context, deleteProductModel, BY_CODE),
    getDraft: buildGet(context, getProductModelDraft, BY_CODE),
    submitForApproval: buildAction(context, submitProductModelProposal, BY_CODE, false),
  };
}
