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
import { createProductSearch, type ProductSearchMethods } from "./product-search.js";

const PRODUCTS_UUID = "/api/rest/v1/products-uuid";
const BY_UUID = ["uuid"] as const;

/** Products addressed by uuid (`/api/rest/v1/products-uuid`), with drafts, proposals and search. */
export interface UuidProductsResource extends ProductSearchMethods {
  /** Returns the product with this uuid. */
  get: GetMethod<typeof getUuidProduct, [uuid: string]>;
  /** Returns one page of products (offset pagination unless `pagination_type` says otherwise). */
  listPerPage: ListPerPageMethod<typeof listUuidProducts>;
  /** Iterates every product with search_after, 100 per page by default. */
  all: AllMethod<typeof listUuidProducts>;
  /** Iterates the pages of products with search_after. */
  pages: PagesMethod<typeof listUuidProducts>;
  /** Creates a product; answers its uuid (from `Location` when the server chose it). */
  create: CreateMethod<typeof createUuidProduct>;
  /** Creates or updates the product with this uuid. */
  upsert: UpsertMethod<typeof upsertUuidProduct, [uuid: string]>;
  /** Upserts many products in NDJSON batches of at most 100. */
  upsertList: UpsertListMethod<typeof upsertUuidProducts>;
  /** Deletes the product with this uuid. */
  delete: DeleteMethod<[uuid: string]>;
  /** Returns the current user's draft of this product (Enterprise Edition). */
  getDraft: GetMethod<typeof getUuidProductDraft, [uuid: string]>;
  /** Submits the current user's draft of this product for approval (Enterprise Edition). */
  submitForApproval: (uuid: string) => Promise<void>;
}

/** Creates the facade of products addressed by uuid. */
export function createUuidProductsResource(context: ResourceContext): UuidProductsResource {
  return {
    get: buildGet(context, getUuidProduct, BY_UUID),
    ...buildListMethods(context, listUuidProducts, PRODUCTS_UUID, [], SEARCH_AFTER_PAGING),
    create: buildCreate(context, createUuidProduct, PRODUCTS_UUID, [], uuidField),
    upsert: buildUpsert(context, upsertUuidProduct, BY_UUID),
    upsertList: buildUpsertList(context, upsertUuidProducts, [], "ndjson", uuidField),
    delete: buildDelete(context, deleteUuidProduct, BY_UUID),
    getDraft: buildGet(context, getUuidProductDraft, BY_UUID),
    submitForApproval: buildAction(context, submitUuidProductProposal, BY_UUID, false),
    ...createProductSearch(context, searchUuidProducts),
  };
}
