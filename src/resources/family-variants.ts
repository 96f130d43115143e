import {
  createFamilyVariant,
  getFamilyVariant,
  listFamilyVariants,
  upsertFamilyVariant,
  upsertFamilyVariants,
} from "../../generated/endpoints.js";
import { buildCodeResource, type CodeResource } from "./facade/code-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";

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
  return buildCodeResource(context, ENDPOINTS, "/api/rest/v1/families/{family_code}/variants", {
    parentNames: ["family_code"],
  });
}
