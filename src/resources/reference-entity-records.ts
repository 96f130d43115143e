import {
  REFERENCE_ENTITY_RECORDS_GET,
  REFERENCE_ENTITY_RECORDS_LIST_PER_PAGE,
  REFERENCE_ENTITY_RECORDS_UPSERT,
  REFERENCE_ENTITY_RECORDS_UPSERT_LIST,
} from "../../generated/facade-operations.js";
import { codeField } from "./facade/bulk-methods.js";
import { buildPagedCodeResource, type PagedCodeResource } from "./facade/code-resource.js";
import { buildUpsertList } from "./facade/method-builders.js";
import type { UpsertListMethod } from "./facade/method-types.js";
import type { ResourceContext } from "./facade/resource-context.js";
import type { EndpointOf, EndpointsOf } from "./operation-table.js";

const METHODS = {
  get: REFERENCE_ENTITY_RECORDS_GET,
  list: REFERENCE_ENTITY_RECORDS_LIST_PER_PAGE,
  upsert: REFERENCE_ENTITY_RECORDS_UPSERT,
} as const;
type Parent = [referenceEntityCode: string];

/**
 * Records of a reference entity; every method takes the entity code first. Lists use
 * search_after, in pages whose size the server chooses.
 */
export interface ReferenceEntityRecordsResource
  extends PagedCodeResource<EndpointsOf<typeof METHODS>, Parent> {
  /** Upserts many records in JSON batches of at most 100. */
  upsertList: UpsertListMethod<EndpointOf<typeof REFERENCE_ENTITY_RECORDS_UPSERT_LIST>, Parent>;
}

/** Creates the facade of reference entity records. */
export function createReferenceEntityRecordsResource(
  context: ResourceContext,
): ReferenceEntityRecordsResource {
  return {
    ...buildPagedCodeResource(context, METHODS),
    upsertList: buildUpsertList(
      context,
      REFERENCE_ENTITY_RECORDS_UPSERT_LIST,
      "json-array",
      codeField,
    ),
  };
}
