import {
  MEASURE_FAMILIES_GET,
  MEASURE_FAMILIES_LIST,
  MEASUREMENT_FAMILIES_LIST,
  MEASUREMENT_FAMILIES_UPSERT_LIST,
} from "../../generated/facade-operations.js";
import type { CallOptions } from "../core/client/index.js";
import { codeField } from "./facade/bulk-methods.js";
import {
  buildGet,
  buildListMethods,
  buildUnpagedListMethods,
  buildUpsertList,
} from "./facade/method-builders.js";
import type {
  AllUnpagedMethod,
  GetMethod,
  ListUnpagedMethod,
  UpsertListMethod,
} from "./facade/method-types.js";
import type { ResourceContext } from "./facade/resource-context.js";
import type { EndpointOf } from "./operation-table.js";
import type { ItemIterable, Page } from "./pagination/index.js";

type MeasureFamily = Awaited<
  ReturnType<ListUnpagedMethod<EndpointOf<typeof MEASURE_FAMILIES_LIST>>>
>[number];

// Akeneo's description declares no query parameter on this list, yet the server pages it
// (`page`, `limit`, `with_count`), as the PHP client's `listPerPage` relies on.
/** Options of the legacy measure family list. */
export interface MeasureFamilyListOptions {
  /** Items per page, 1–100. @default 100 */
  limit?: number;
  /** Asks the server for `count`. @default false */
  withCount?: boolean;
  /** Page number. @default 1 */
  page?: number;
}

/**
 * Legacy measure families (`/api/rest/v1/measure-families`), read only.
 *
 * @deprecated Akeneo deprecates measure families; use measurement families.
 */
export interface MeasureFamiliesResource {
  /** Returns the measure family with this code. */
  get: GetMethod<EndpointOf<typeof MEASURE_FAMILIES_GET>>;
  /** Returns one page of measure families; move on with `getNextPage()`. */
  listPerPage: (
    options?: MeasureFamilyListOptions,
    call?: CallOptions,
  ) => Promise<Page<MeasureFamily>>;
  /** Returns every measure family, reading every page. */
  list: (call?: CallOptions) => Promise<MeasureFamily[]>;
  /** Iterates every measure family, reading one page ahead (two pages in memory at most). */
  all: (
    options?: Omit<MeasureFamilyListOptions, "withCount" | "page">,
    call?: CallOptions,
  ) => ItemIterable<MeasureFamily>;
}

/** Measurement families (`/api/rest/v1/measurement-families`). */
export interface MeasurementFamiliesResource {
  /** Returns every measurement family (one request). */
  list: ListUnpagedMethod<EndpointOf<typeof MEASUREMENT_FAMILIES_LIST>>;
  /** Iterates every measurement family (one request, made when the loop starts). */
  all: AllUnpagedMethod<EndpointOf<typeof MEASUREMENT_FAMILIES_LIST>>;
  /** Upserts many measurement families in JSON batches of at most 100. */
  upsertList: UpsertListMethod<EndpointOf<typeof MEASUREMENT_FAMILIES_UPSERT_LIST>>;
}

/** Creates the facade of legacy measure families. */
export function createMeasureFamiliesResource(context: ResourceContext): MeasureFamiliesResource {
  const { listPerPage, all } = buildListMethods<
    MeasureFamiliesResource["listPerPage"],
    MeasureFamiliesResource["all"],
    never
  >(
    context,
    // Not paginated in the description, though the server answers offset pages.
    MEASURE_FAMILIES_LIST,
  );
  return {
    get: buildGet(context, MEASURE_FAMILIES_GET),
    listPerPage,
    list: async (call) => {
      const families: MeasureFamily[] = [];
      for await (const family of all(undefined, call)) families.push(family);
      return families;
    },
    all,
  };
}

/** Creates the facade of measurement families. */
export function createMeasurementFamiliesResource(
  context: ResourceContext,
): MeasurementFamiliesResource {
  return {
    ...buildUnpagedListMethods(context, MEASUREMENT_FAMILIES_LIST),
    upsertList: buildUpsertList(context, MEASUREMENT_FAMILIES_UPSERT_LIST, "json-array", codeField),
  };
}
