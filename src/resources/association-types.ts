import {
  createAssociationType,
  getAssociationType,
  listAssociationTypes,
  upsertAssociationType,
  upsertAssociationTypes,
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

const ASSOCIATION_TYPES = "/api/rest/v1/association-types";

/** Association types (`/api/rest/v1/association-types`). */
export interface AssociationTypesResource {
  /** Returns the association type with this code. */
  get: GetMethod<typeof getAssociationType>;
  /** Returns one page of association types. */
  listPerPage: ListPerPageMethod<typeof listAssociationTypes>;
  /** Iterates every association type, 100 per page by default. */
  all: AllMethod<typeof listAssociationTypes>;
  /** Iterates the pages of association types. */
  pages: PagesMethod<typeof listAssociationTypes>;
  /** Creates a association type; answers its code and `Location`. */
  create: CreateMethod<typeof createAssociationType>;
  /** Creates or updates the association type with this code. */
  upsert: UpsertMethod<typeof upsertAssociationType>;
  /** Upserts many association types in NDJSON batches of at most 100. */
  upsertList: UpsertListMethod<typeof upsertAssociationTypes>;
}

/** Creates the facade of association types. */
export function createAssociationTypesResource(context: ResourceContext): AssociationTypesResource {
  return {
    get: buildGet(context, getAssociationType, ["code"]),
    ...buildListMethods(context, listAssociationTypes, ASSOCIATION_TYPES, [], OFFSET_PAGING),
    create: buildCreate(context, createAssociationType, ASSOCIATION_TYPES, [], codeField),
    upsert: buildUpsert(context, upsertAssociationType, ["code"]),
    upsertList: buildUpsertList(context, upsertAssociationTypes, [], "ndjson", codeField),
  };
}
