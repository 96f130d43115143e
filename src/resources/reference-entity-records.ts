import {
  getReferenceEntityRecord,
  listReferenceEntityRecords,
  upsertReferenceEntityRecord,
  upsertReferenceEntityRecords,
} from "../../generated/endpoints.js";
import { codeField } from "./facade/bulk-methods.js";
import { buildPagedCodeResource, type PagedCodeResource } from "./facade/code-resource.js";
import { buildUpsertList } from "./facade/method-builders.js";
import type { UpsertListMethod } from "./facade/method-types.js";
import type { ResourceContext } from "./facade/resource-context.js";
import { pagingOf, pathOf } from "./operation-table.js";

const ENDPOINTS = {
  get: getReferenceEntityRecord,
  list: listReferenceEntityRecords,
  upsert: upsertReferenceEntityRecord,
};
const PARENT = ["reference_entity_code"];
type Parent = [referenceEntityCode: string];

/**
 * Records of a reference entity; every method takes the entity code first. Lists use
 * search_after, in pages whose size the server chooses.
 */
export interface ReferenceEntityRecordsResource
  extends PagedCodeResource<typeof ENDPOINTS, Parent> {
  /** Upserts many records in JSON batches of at most 100. */
  upsertList: UpsertListMethod<typeof upsertReferenceEntityRecords, Parent>;
}

/** Creates the facade of reference entity records. */
export function createReferenceEntityRecordsResource(
  context: ResourceContext,
): ReferenceEntityRecordsResource {
  const path = pathOf("referenceEntityRecords.listPerPage");
  return {
    ...buildPagedCodeResource(context, ENDPOINTS, path, {
      parentNames: PARENT,
      paging: pagingOf("referenceEntityRecords.listPerPage"),
    }),
    upsertList: buildUpsertList(
      context,
      upsertReferenceEntityRecords,
      PARENT,
      "json-array",
      codeField,
    ),
  };
}
