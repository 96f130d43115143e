import {
  createAttributeOption,
  getAttributeOption,
  listAttributeOptions,
  upsertAttributeOption,
  upsertAttributeOptions,
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

const OPTIONS = "/api/rest/v1/attributes/{attribute_code}/options";
const PARENT = ["attribute_code"] as const;
const BY_CODE = ["attribute_code", "code"] as const;
type Parent = [attributeCode: string];
type Child = [attributeCode: string, code: string];

/** Options of simple and multi select attributes; every method takes the attribute code first. */
export interface AttributeOptionsResource {
  /** Returns the option with this code of the attribute. */
  get: GetMethod<typeof getAttributeOption, Child>;
  /** Returns one page of the attribute's options. */
  listPerPage: ListPerPageMethod<typeof listAttributeOptions, Parent>;
  /** Iterates every option of the attribute. */
  all: AllMethod<typeof listAttributeOptions, Parent>;
  /** Iterates the pages of the attribute's options. */
  pages: PagesMethod<typeof listAttributeOptions, Parent>;
  /** Creates an option of the attribute; answers its code and `Location`. */
  create: CreateMethod<typeof createAttributeOption, Parent>;
  /** Creates or updates the option with this code of the attribute. */
  upsert: UpsertMethod<typeof upsertAttributeOption, Child>;
  /** Upserts many options of the attribute in NDJSON batches of at most 100. */
  upsertList: UpsertListMethod<typeof upsertAttributeOptions, Parent>;
}

/** Creates the facade of attribute options. */
export function createAttributeOptionsResource(context: ResourceContext): AttributeOptionsResource {
  return {
    get: buildGet(context, getAttributeOption, BY_CODE),
    ...buildListMethods(context, listAttributeOptions, OPTIONS, PARENT, OFFSET_PAGING),
    create: buildCreate(context, createAttributeOption, OPTIONS, PARENT, codeField),
    upsert: buildUpsert(context, upsertAttributeOption, BY_CODE),
    upsertList: buildUpsertList(context, upsertAttributeOptions, PARENT, "ndjson", codeField),
  };
}
