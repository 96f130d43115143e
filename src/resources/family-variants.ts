import {
  FAMILY_VARIANTS_CREATE,
  FAMILY_VARIANTS_GET,
  FAMILY_VARIANTS_LIST_PER_PAGE,
  FAMILY_VARIANTS_UPSERT,
  FAMILY_VARIANTS_UPSERT_LIST,
} from "../../generated/facade-operations.js";
import { buildCodeResource, type CodeResource } from "./facade/code-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import type { EndpointsOf } from "./operation-table.js";

const METHODS = {
  get: FAMILY_VARIANTS_GET,
  list: FAMILY_VARIANTS_LIST_PER_PAGE,
  create: FAMILY_VARIANTS_CREATE,
  upsert: FAMILY_VARIANTS_UPSERT,
  upsertList: FAMILY_VARIANTS_UPSERT_LIST,
} as const;

/** Family variants; every method takes the family code first. */
export type FamilyVariantsResource = CodeResource<
  EndpointsOf<typeof METHODS>,
  [familyCode: string]
>;

/** Creates the facade of family variants. */
export function createFamilyVariantsResource(context: ResourceContext): FamilyVariantsResource {
  return buildCodeResource(context, METHODS);
}
