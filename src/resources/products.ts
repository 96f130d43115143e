import {
  PRODUCTS_CREATE,
  PRODUCTS_DELETE,
  PRODUCTS_GET,
  PRODUCTS_GET_DRAFT,
  PRODUCTS_LIST_PER_PAGE,
  PRODUCTS_SUBMIT_FOR_APPROVAL,
  PRODUCTS_UPSERT,
  PRODUCTS_UPSERT_LIST,
} from "../../generated/facade-operations.js";
import { identifierField } from "./facade/bulk-methods.js";
import { buildDraftableResource, type DraftableResource } from "./facade/draftable-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import type { EndpointsOf } from "./operation-table.js";

const METHODS = {
  get: PRODUCTS_GET,
  list: PRODUCTS_LIST_PER_PAGE,
  create: PRODUCTS_CREATE,
  upsert: PRODUCTS_UPSERT,
  upsertList: PRODUCTS_UPSERT_LIST,
  delete: PRODUCTS_DELETE,
  getDraft: PRODUCTS_GET_DRAFT,
  submitForApproval: PRODUCTS_SUBMIT_FOR_APPROVAL,
} as const;

/**
 * Products addressed by identifier (`/api/rest/v1/products`), with their drafts and proposals.
 * Lists offset pages unless `pagination_type` says otherwise; `all` and `pages` use search_after.
 */
export type ProductsResource = DraftableResource<EndpointsOf<typeof METHODS>, [identifier: string]>;

/** Creates the facade of products addressed by identifier. */
export function createProductsResource(context: ResourceContext): ProductsResource {
  return buildDraftableResource(context, METHODS, { codeOf: identifierField });
}
