import {
  createCategory,
  getCategory,
  listCategories,
  upsertCategories,
  upsertCategory,
} from "../../generated/endpoints.js";
import { codeField } from "./facade/bulk-methods.js";
import { OFFSET_PAGING } from "./facade/list-methods.js";
import {
  buildCreate,
  buildGet,
  buildListMethods,
  buildUpsert,
  buildUpsertList,
} from "./facade/method-builders.js";
import type {
  AllMethod,
  CreateMethod,
  GetMethod,
  ListPerPageMethod,
  PagesMethod,
  UpsertListMethod,
  UpsertMethod,
} from "./facade/method-types.js";
import type { ResourceContext } from "./facade/resource-context.js";

const CATEGORIES = "/api/rest/v1/categories";

/** Categories (`/api/rest/v1/categories`). */
export interface CategoriesResource {
  /** Returns the category with this code. */
  get: GetMethod<typeof getCategory>;
  /** Returns one page of categories. */
  listPerPage: ListPerPageMethod<typeof listCategories>;
  /** Iterates every category, 100 per page by default. */
  all: AllMethod<typeof listCategories>;
  /** Iterates the pages of categories. */
  pages: PagesMethod<typeof listCategories>;
  /** Creates a category; answers its code and `Location`. */
  create: CreateMethod<typeof createCategory>;
  /** Creates or updates the category with this code. */
  upsert: UpsertMethod<typeof upsertCategory>;
  /** Upserts many categories in NDJSON batches of at most 100. */
  upsertList: UpsertListMethod<typeof upsertCategories>;
}

/** Creates the facade of categories. */
export function createCategoriesResource(context: ResourceContext): CategoriesResource {
  return {
    get: buildGet(context, getCategory, ["code"]),
    ...buildListMethods(context, listCategories, CATEGORIES, [], OFFSET_PAGING),
    create: buildCreate(context, createCategory, CATEGORIES, [], codeField),
    upsert: buildUpsert(context, upsertCategory, ["code"]),
    upsertList: buildUpsertList(context, upsertCategories, [], "ndjson", codeField),
  };
}
