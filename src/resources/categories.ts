import {
  CATEGORIES_CREATE,
  CATEGORIES_GET,
  CATEGORIES_LIST_PER_PAGE,
  CATEGORIES_UPSERT,
  CATEGORIES_UPSERT_LIST,
} from "../../generated/facade-operations.js";
import { buildCodeResource, type CodeResource } from "./facade/code-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import type { EndpointsOf } from "./operation-table.js";

const METHODS = {
  get: CATEGORIES_GET,
  list: CATEGORIES_LIST_PER_PAGE,
  create: CATEGORIES_CREATE,
  upsert: CATEGORIES_UPSERT,
  upsertList: CATEGORIES_UPSERT_LIST,
} as const;

/** Categories (`/api/rest/v1/categories`). */
export type CategoriesResource = CodeResource<EndpointsOf<typeof METHODS>>;

/** Creates the facade of categories. */
export function createCategoriesResource(context: ResourceContext): CategoriesResource {
  return buildCodeResource(context, METHODS);
}
