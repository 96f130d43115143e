import { buildCodeResource, type CodeResource } from "./facade/code-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import type { EndpointsOf } from "./operation-table.js";

const METHODS = {
  get: "familyVariants.get",
  list: "familyVariants.listPerPage",
  create: "familyVariants.create",
  upsert: "familyVariants.upsert",
  upsertList: "familyVariants.upsertList",
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
