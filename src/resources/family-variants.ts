import {
  createFamilyVariant,
  getFamilyVariant,
  listFamilyVariants,
  upsertFamilyVariant,
  upsertFamilyVariants,
} from "../../generated/endpoints.js";
import { buildCodeResource, type CodeResource } from "./facade/code-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import { pathOf } from "./operation-table.js";

const ENDPOINTS = {
  get: getFamilyVariant,
  list: listFamilyVariants,
  create: createFamilyVariant,
  upsert: upsertFamilyVariant,
  upsertList: upsertFamilyVariants,
};

/** Family variants; every method takes the family code first. */
export type FamilyVariantsResource = CodeResource<typeof ENDPOINTS, [familyCode: string]>;

/** Creates the facade of family variants. */
export function createFamilyVariantsResource(context: ResourceContext): FamilyVariantsResource {
  return buildCodeResource(context, ENDPOINTS, pathOf("familyVariants.listPerPage"), {
    parentNames: ["family_code"],
  });
}
