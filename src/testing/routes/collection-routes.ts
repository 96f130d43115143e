import type { FakeRequest } from "../http/fake-request.js";
import type { Reply } from "../http/reply.js";
import type { RouteDefinition } from "../http/router.js";
import type { JsonObject } from "../json-types.js";
import type { CollectionAccess } from "../store/collection-access.js";
import { answerList } from "./collection-list.js";
import type { CollectionSpec } from "./collection-spec.js";
import { answerBulkUpsert, answerCreate, answerUpsert } from "./collection-writes.js";
import type { EmulatorContext } from "./emulator-context.js";
import { fillPath } from "./url-paths.js";

/** Handles a request once the collection it addresses is known to exist. */
export type CollectionHandler = (
  spec: CollectionSpec,
  context: EmulatorContext,
  request: FakeRequest,
  reply: Reply,
  access: CollectionAccess,
) => void | Promise<void>;

/** Builds the list, get, create, upsert, bulk upsert and delete routes a spec declares. */
export function createCollectionRoutes(
  spec: CollectionSpec,
  context: EmulatorContext,
): RouteDefinition[] {
  const itemPath = `${spec.path}/{${spec.itemParam}}`;
  const route = (
    suffix: string,
    method: string,
    path: string,
    handle: CollectionHandler,
  ): RouteDefinition => ({
    name: `pim_api_${spec.stem}_${suffix}`,
    method,
    path,
    authenticated: true,
    handle: (request, reply) => {
      const access = spec.access(context.catalog, request.params);
      if (access === undefined) {
        reply.error(404, spec.parentMissing?.(request.params) ?? "Resource does not exist.");
        return;
      }
      return handle(spec, context, request, reply, access);
    },
  });
  const routes: RouteDefinition[] = [];
  if (spec.list !== undefined) routes.push(route("list", "GET", spec.path, answerList));
  if (spec.create) routes.push(route("create", "POST", spec.path, answerCreate));
  if (spec.bulk !== undefined)
    routes.push(route("partial_update_list", "PATCH", spec.path, answerBulkUpsert));
  routes.push(route("get", "GET", itemPath, answerGet));
  if (spec.upsert) routes.push(route("partial_update", "PATCH", itemPath, answerUpsert));
  if (spec.remove) routes.push(route("delete", "DELETE", itemPath, answerDelete));
  return routes;
}

/** Reads the item key of a request addressed to one item. */
export function readItemKey(spec: CollectionSpec, request: FakeRequest): string {
  return request.params[spec.itemParam.replace("+", "")] ?? "";
}

/** Returns the absolute URL of one item of the collection. */
export function buildItemUrl(
  spec: CollectionSpec,
  context: EmulatorContext,
  params: Readonly<Record<string, string>>,
  key: string,
): string {
  const itemParams = { ...params, [spec.itemParam.replace("+", "")]: key };
  return `${context.publicUrl()}${fillPath(`${spec.path}/{${spec.itemParam}}`, itemParams)}`;
}

/** Renders a stored record as the API answers it. */
export function renderRecord(
  spec: CollectionSpec,
  context: EmulatorContext,
  record: JsonObject,
): JsonObject {
  return spec.render?.(record, context.catalog) ?? record;
}

const answerGet: CollectionHandler = (spec, context, request, reply, access) => {
  const key = readItemKey(spec, request);
  const record = access.find(key);
  if (record === undefined) reply.error(404, spec.notFound(key));
  else reply.json(200, renderRecord(spec, context, record));
};

const answerDelete: CollectionHandler = (spec, _context, request, reply, access) => {
  const key = readItemKey(spec, request);
  if (access.remove(key)) reply.empty(204);
  else reply.error(404, spec.notFound(key));
};
