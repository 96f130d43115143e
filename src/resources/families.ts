import {
  createFamily,
  deleteFamily,
  getFamily,
  listFamilies,
  upsertFamilies,
  upsertFamily,
} from "../../generated/endpoints.js";
import { codeField } from "./facade/bulk-methods.js";
import { OFFSET_PAGING } from "./facade/list-methods.js";
import {
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

const FAMILIES = "/api/rest/v1/families";

/** Families (`/api/rest/v1/families`). */
export interface FamiliesResource {
  /** Returns the family with this code. */
  get: GetMethod<typeof getFamily>;
  /** Returns one page of families. */
  listPerPage: ListPerPageMethod<typeof listFamilies>;
  /** Iterates every family, 100 per page by default. */
  all: AllMethod<typeof listFamilies>;
  /** Iterates the pages of families. */
  pages: PagesMethod<typeof listFamilies>;
  /** Creates a family; answers its code and `Location`. */
  create: CreateMethod<typeof createFamily>;
  /** Creates or updates the family with this code. */
  upsert: UpsertMethod<typeof upsertFamily>;
  /** Upserts many families in NDJSON batches of at most 100. */
  upsertList: UpsertListMethod<typeof upsertFamilies>;
  /** Deletes the family with this code. */
  delete: DeleteMethod;
}

/** Creates the facade of families. */
export function createFamiliesResource(context: ResourceContext): FamiliesResource {
  return {
    get: buildGet(context, getFamily, ["code"]),
    ...buildListMethods(context, listFamilies, FAMILIES, [], OFFSET_PAGING),
    create: buildCreate(context, createFamily, FAMILIES, [], codeField),
    upsert: buildUpsert(context, upsertFamily, ["code"]),
    upsertList: buildUpsertList(context, upsertFamilies, [], "ndjson", codeField),
    delete: buildDelete(context, deleteFamily, ["code"]),
  };
}
