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

const PRODUCTS = "/api/rest/v1/products";
const BY_CODE = ["code"] as const;

/** Products addressed by identifier (`/api/rest/v1/products`), with their drafts and proposals. */
export interface ProductsResource {
  /** Returns the product with this identifier. */
  get: GetMethod<typeof getProduct>;
  /** Returns one page of products (offset pagination unless `pagination_type` says otherwise). */
  listPerPage: ListPerPageMethod<typeof listProducts>;
  /** Iterates every product with search_after, 100 per page by default. */
  all: AllMethod<typeof listProducts>;
  /** Iterates the pages of products with search_after. */
  pages: PagesMethod<typeof listProducts>;
  /** Creates a product; answers its identifier and `Location`. */
  create: CreateMethod<typeof createProduct>;
  /** Creates or updates the product with this identifier. */
  upsert: UpsertMethod<typeof upsertProduct>;
  /** Upserts many products in NDJSON batches of at most 100. */
  upsertList: UpsertListMethod<typeof upsertProducts>;
  /** Deletes the product with this identifier. */
  delete: DeleteMethod;
  /** Returns the current user's draft of this product (Enterprise Edition). */
  getDraft: GetMethod<typeof getProductDraft>;
  /** Submits the current user's draft of this product for approval (Enterprise Edition). */
  submitForApproval: (identifier: string) => Promise<void>;
}

/** Creates the facade of products addressed by identifier. */
export function createProductsResource(context: ResourceContext): ProductsResource {
  return {
    get: buildGet(context, getProduct, BY_CODE),
    ...buildListMethods(context, listProducts, PRODUCTS, [], SEARCH_AFTER_PAGING),
    create: buildCreate(context, createProduct, PRODUCTS, [], identifierField),
    upsert: buildUpsert(context, upsertProduct, BY_CODE),
    upsertList: buildUpsertList(context, upsertProducts, [], "ndjson", identifierField),
    delete: buildDelete(context, deleteProduct, BY_CODE),
    getDraft: buildGet(context, getProductDraft, BY_CODE),
    submitForApproval: buildAction(context, submitProductProposal, BY_CODE, false),
  };
}
