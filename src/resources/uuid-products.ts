import {
  UUID_PRODUCTS_CREATE,
  UUID_PRODUCTS_DELETE,
  UUID_PRODUCTS_GET,
  UUID_PRODUCTS_GET_DRAFT,
  UUID_PRODUCTS_LIST_PER_PAGE,
  UUID_PRODUCTS_SUBMIT_FOR_APPROVAL,
  UUID_PRODUCTS_UPSERT,
  UUID_PRODUCTS_UPSERT_LIST,
} from "../../generated/facade-operations.js";
import { uuidField } from "./facade/bulk-methods.js";
import { buildDraftableResource, type DraftableResource } from "./facade/draftable-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import type { EndpointsOf } from "./operation-table.js";
import { createProductSearch, type ProductSearchMethods } from "./product-search.js";

const METHODS = {
  get: UUID_PRODUCTS_GET,
  list: UUID_PRODUCTS_LIST_PER_PAGE,
  create: UUID_PRODUCTS_CREATE,
  upsert: UUID_PRODUCTS_UPSERT,
  upsertList: UUID_PRODUCTS_UPSERT_LIST,
  delete: UUID_PRODUCTS_DELETE,
  getDraft: UUID_PRODUCTS_GET_DRAFT,
  submitForApproval: UUID_PRODUCTS_SUBMIT_FOR_APPROVAL,
} as const;

/**
 * Products addressed by uuid (`/api/rest/v1/products-uuid`), with drafts, proposals and search.
 * `create` answers the uuid from `Location` when the server chose it.
 */
export interface UuidProductsResource
  extends DraftableResource<EndpointsOf<typeof METHODS>, [uuid: string]>,
    ProductSearchMethods {}

/** Creates the facade of products addressed by uuid. */
export function createUuidProductsResource(context: ResourceContext): UuidProductsResource {
  return {
    ...buildDraftableResource(context, METHODS, { codeOf: uuidField }),
    ...createProductSearch(context),
  };
}
