import {
  createAttribute,
  getAttribute,
  listAttributes,
  upsertAttribute,
  upsertAttributes,
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

const ATTRIBUTES = "/api/rest/v1/attributes";

/** Attributes (`/api/rest/v1/attributes`). */
export interface AttributesResource {
  /** Returns the attribute with this code. */
  get: GetMethod<typeof getAttribute>;
  /** Returns one page of attributes. */
  listPerPage: ListPerPageMethod<typeof listAttributes>;
  /** Iterates every attribute, 100 per page by default. */
  all: AllMethod<typeof listAttributes>;
  /** Iterates the pages of attributes. */
  pages: PagesMethod<typeof listAttributes>;
  /** Creates a attribute; answers its code and `Location`. */
  create: CreateMethod<typeof createAttribute>;
  /** Creates or updates the attribute with this code. */
  upsert: UpsertMethod<typeof upsertAttribute>;
  /** Upserts many attributes in NDJSON batches of at most 100. */
  upsertList: UpsertListMethod<typeof upsertAttributes>;
}

/** Creates the facade of attributes. */
export function createAttributesResource(context: ResourceContext): AttributesResource {
  return {
    get: buildGet(context, getAttribute, ["code"]),
    ...buildListMethods(context, listAttributes, ATTRIBUTES, [], OFFSET_PAGING),
    create: buildCreate(context, createAttribute, ATTRIBUTES, [], codeField),
    upsert: buildUpsert(context, upsertAttribute, ["code"]),
    upsertList: buildUpsertList(context, upsertAttributes, [], "ndjson", codeField),
  };
}
