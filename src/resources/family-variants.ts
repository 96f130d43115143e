import {
  createFamilyVariant,
  getFamilyVariant,
  listFamilyVariants,
  upsertFamilyVariant,
  upsertFamilyVariants,
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

const VARIANTS = "/api/rest/v1/families/{family_code}/variants";
const PARENT = ["family_code"] as const;
const BY_CODE = ["family_code", "code"] as const;
type Parent = [familyCode: string];
type Child = [familyCode: string, code: string];

/** Family variants; every method takes the family code first. */
export interface FamilyVariantsResource {
  /** Returns the family variant with this code. */
  get: GetMethod<typeof getFamilyVariant, Child>;
  /** Returns one page of the family's variants. */
  listPerPage: ListPerPageMethod<typeof listFamilyVariants, Parent>;
  /** Iterates every variant of the family. */
  all: AllMethod<typeof listFamilyVariants, Parent>;
  /** Iterates the pages of the family's variants. */
  pages: PagesMethod<typeof listFamilyVariants, Parent>;
  /** Creates a variant of the family; answers its code and `Location`. */
  create: CreateMethod<typeof createFamilyVariant, Parent>;
  /** Creates or updates the family variant with this code. */
  upsert: UpsertMethod<typeof upsertFamilyVariant, Child>;
  /** Upserts many variants of the family in NDJSON batches of at most 100. */
  upsertList: UpsertListMethod<typeof upsertFamilyVariants, Parent>;
}

/** Creates the facade of family variants. */
export function createFamilyVariantsResource(context: ResourceContext): FamilyVariantsResource {
  return {
    get: buildGet(context, getFamilyVariant, BY_CODE),
    ...buildListMethods(context, listFamilyVariants, VARIANTS, PARENT, OFFSET_PAGING),
    create: buildCreate(context, createFamilyVariant, VARIANTS, PARENT, codeField),
    upsert: buildUpsert(context, upsertFamilyVariant, BY_CODE),
    upsertList: buildUpsertList(context, upsertFamilyVariants, PARENT, "ndjson", codeField),
  };
}
