import { randomUUID } from "node:crypto";
import type { FakeRequest } from "../http/fake-request.js";
import type { Reply } from "../http/reply.js";
import type { RouteDefinition } from "../http/router.js";
import { isJsonObject, type JsonObject } from "../json-types.js";
import { buildSearchAfterPage } from "../listing/list-page.js";
import { isListRequestError, readListRequest } from "../listing/list-request.js";
import { accessRecordStore } from "../store/collection-access.js";
import { createCollectionRoutes } from "./collection-routes.js";
import type { EmulatorContext } from "./emulator-context.js";

const API = "/api/rest/v1";
const CATALOGS = `${API}/catalogs`;

// Catalogs for Apps: list, get and delete are the generic collection routes; create and update
// answer the catalog itself (not a Location), and the product uuids list answers bare uuids.

/** Routes of App catalogs: list, create, get, update, delete, and the uuids of their products. */
export function createAppCatalogRoutes(context: EmulatorContext): RouteDefinition[] {
  const store = context.catalog.appCatalogs;
  const generic = createCollectionRoutes(
    {
      stem: "app_catalog",
      path: CATALOGS,
      itemParam: "id",
      access: () => accessRecordStore(store, "id"),
      notFound: (id) => `Catalog "${id}" does not exist.`,
      keyOf: (record) => String(record.id),
      list: "page",
      remove: true,
    },
    context,
  );
  return [
    ...generic,
    route("create", "POST", CATALOGS, (request, reply) => {
      const input = readCatalogInput(request, reply);
      if (input === undefined) return;
      const catalog = { id: randomUUID(), enabled: false, ...input };
      store.put(catalog.id, catalog);
      reply.json(201, catalog);
    }),
    route("update", "PATCH", `${CATALOGS}/{id}`, (request, reply) => {
      const id = request.params.id ?? "";
      const existing = store.get(id);
      if (existing === undefined) return reply.error(404, `Catalog "${id}" does not exist.`);
      const input = readCatalogInput(request, reply);
      if (input === undefined) return;
      const catalog = { ...existing, ...input, id };
      store.put(id, catalog);
      reply.json(200, catalog);
    }),
    route("product_uuids", "GET", `${CATALOGS}/{id}/product-uuids`, (request, reply) => {
      const id = request.params.id ?? "";
      if (!store.has(id)) return reply.error(404, `Catalog "${id}" does not exist.`);
      answerProductUuids(context, request, reply);
    }),
  ];
}

function route(
  suffix: string,
  method: string,
  path: string,
  handle: (request: FakeRequest, reply: Reply) => void,
): RouteDefinition {
  return { name: `pim_api_app_catalog_${suffix}`, method, path, authenticated: true, handle };
}

// The uuids of every product of the PIM, search_after, `limit` per page: the emulator does not
// apply a catalog's product selection.
function answerProductUuids(context: EmulatorContext, request: FakeRequest, reply: Reply): void {
  const asked = new URLSearchParams(request.query);
  asked.set("pagination_type", "search_after");
  const list = readListRequest(asked, "page-or-search-after", context.list);
  if (isListRequestError(list)) {
    reply.error(list.status, list.message);
    return;
  }
  const page = buildSearchAfterPage({
    store: context.catalog.products.byUuid,
    matches: undefined,
    request: list,
    listUrl: `${context.publicUrl()}${request.rawPath}`,
    query: request.query,
    renderItem: (record) => record,
    cursorOf: (record) => String(record.uuid),
    includeLimit: true,
  });
  const items = (page._embedded as { items: JsonObject[] }).items;
  reply.json(200, { ...page, _embedded: { items: items.map((product) => String(product.uuid)) } });
}

function readCatalogInput(request: FakeRequest, reply: Reply): JsonObject | undefined {
  let input: unknown;
  try {
    input = JSON.parse(request.body.toString("utf8"));
  } catch {
    reply.error(400, "Invalid json message received");
    return undefined;
  }
  if (!isJsonObject(input) || typeof input.name !== "string" || input.name === "") {
    reply.error(422, "Invalid data.", {
      errors: [{ property: "name", message: "This value should not be blank." }],
    });
    return undefined;
  }
  const { id: _ignored, ...catalog } = input;
  return catalog;
}
