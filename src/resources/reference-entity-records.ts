import {
  getReferenceEntityRecord,
  listReferenceEntityRecords,
  upsertReferenceEntityRecord,
  upsertReferenceEntityRecords,
} from "../../generated/endpoints.js";
import { codeField } from "./facade/bulk-methods.js";
import { CURSOR_PAGING } from "./facade/list-methods.js";
import {
  buildGet,
  buildListMethods,
  buildUpsert,
  buildUpsertList,
} from "./facade/method-builders.js";
import type {
  AllMethod,
  GetMethod,
  ListPerPageMethod,
  PagesMethod,
  UpsertListMethod,
  UpsertMethod,
} from "./facade/method-types.js";
import type { ResourceContext } from "./facade/resource-context.js";

const RECORDS = "/api/rest/v1/reference-entities/{reference_entity_code}/records";
const PARENT = ["reference_entity_code"] as const;
const BY_CODE = ["reference_entity_code", "code"] as const;
type Parent = [referenceEntityCode: string];
type Child = [referenceEntityCode: string, code: string];

/** Records of a reference entity; every method takes the entity code first. */
export interface ReferenceEntityRecordsResource {
  /** Returns the record with this code. */
  get: GetMethod<typeof getReferenceEntityRecord, Child>;
  /** Returns one page of records (search_after, page size chosen by the server). */
  listPerPage: ListPerPageMethod<typeof listReferenceEntityRecords, Parent>;
  /** Iterates every record of the reference entity. */
  all: AllMethod<typeof listReferenceEntityRecords, Parent>;
  /** Iterates the pages of records. */
  pages: PagesMethod<typeof listReferenceEntityRecords, Parent>;
  /** Creates or updates the record with this code. */
  upsert: UpsertMethod<typeof upsertReferenceEntityRecord, Child>;
  /** Upserts many records in JSON batches of at most 100. */
  upsertList: UpsertListMethod<typeof upsertReferenceEntityRecords, Parent>;
}

/** Creates the facade of reference entity records. */
export function createReferenceEntityRecordsResource(
  context: ResourceContext,
): ReferenceEntityRecordsResource {
  return {
    get: buildGet(context, getReferenceEntityRecord, BY_CODE),
    ...buildListMethods(context, listReferenceEntityRecords, RECORDS, PARENT, CURSOR_PAGING),
    upsert: buildUpsert(context, upsertReferenceEntityRecord, BY_CODE),
    upsertList: buildUpsertList(
      context,
      upsertReferenceEntityRecords,
      PARENT,
      "json-array",
      codeField,
    ),
  };
}
