import {
  createAttributeGroup,
  getAttributeGroup,
  listAttributeGroups,
  upsertAttributeGroup,
  upsertAttributeGroups,
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

const ATTRIBUTE_GROUPS = "/api/rest/v1/attribute-groups";

/** Attribute groups (`/api/rest/v1/attribute-groups`). */
export interface AttributeGroupsResource {
  /** Returns the attribute group with this code. */
  get: GetMethod<typeof getAttributeGroup>;
  /** Returns one page of attribute groups. */
  listPerPage: ListPerPageMethod<typeof listAttributeGroups>;
  /** Iterates every attribute group, 100 per page by default. */
  all: AllMethod<typeof listAttributeGroups>;
  /** Iterates the pages of attribute groups. */
  pages: PagesMethod<typeof listAttributeGroups>;
  /** Creates a attribute group; answers its code and `Location`. */
  create: CreateMethod<typeof createAttributeGroup>;
  /** Creates or updates the attribute group with this code. */
  upsert: UpsertMethod<typeof upsertAttributeGroup>;
  /** Upserts many attribute groups in NDJSON batches of at most 100. */
  upsertList: UpsertListMethod<typeof upsertAttributeGroups>;
}

/** Creates the facade of attribute groups. */
export function createAttributeGroupsResource(context: ResourceContext): AttributeGroupsResource {
  return {
    get: buildGet(context, getAttributeGroup, ["code"]),
    ...buildListMethods(context, listAttributeGroups, ATTRIBUTE_GROUPS, [], OFFSET_PAGING),
    create: buildCreate(context, createAttributeGroup, ATTRIBUTE_GROUPS, [], codeField),
    upsert: buildUpsert(context, upsertAttributeGroup, ["code"]),
    upsertList: buildUpsertList(context, upsertAttributeGroups, [], "ndjson", codeField),
  };
}
