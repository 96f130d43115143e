import type { RouteDefinition } from "../http/router.js";
import type { JsonObject } from "../json-types.js";
import type { Catalog } from "../store/catalog.js";
import type { DraftOwnerKind } from "../store/draft-store.js";
import type { EmulatorContext } from "./emulator-context.js";

const API = "/api/rest/v1";

interface DraftOwner {
  /** Route name stem, e.g. `product`. */
  readonly stem: string;
  readonly collection: string;
  readonly param: string;
  readonly kind: DraftOwnerKind;
  /** Returns the key the drafts are kept under, or undefined when the owner does not exist. */
  readonly find: (catalog: Catalog, key: string) => string | undefined;
  readonly label: string;
}

const OWNERS: readonly DraftOwner[] = [
  {
    stem: "product",
    collection: `${API}/products`,
    param: "code+",
    kind: "product",
    find: (catalog, identifier) => catalog.products.uuidOf(identifier),
    label: "product",
  },
  {
    stem: "product_uuid",
    collection: `${API}/products-uuid`,
    param: "uuid",
    kind: "product",
    find: (catalog, uuid) => (catalog.products.byUuid.get(uuid) === undefined ? undefined : uuid),
    label: "product",
  },
  {
    stem: "product_model",
    collection: `${API}/product-models`,
    param: "code+",
    kind: "product-model",
    find: (catalog, code) => (catalog.productModels.get(code) === undefined ? undefined : code),
    label: "product model",
  },
];

/**
 * The drafts and proposals of the Enterprise Edition: `GET …/{code}/draft` answers the current
 * user's draft (seeded with `seed.draft`), `POST …/{code}/proposal` sends it for approval.
 * Listed before the collections, whose item paths would otherwise take `…/draft` as a code.
 */
export function createDraftRoutes(context: EmulatorContext): RouteDefinition[] {
  return OWNERS.flatMap((owner) => [
    {
      name: `pim_api_${owner.stem}_draft_get`,
      method: "GET",
      path: `${owner.collection}/{${owner.param}}/draft`,
      authenticated: true,
      handle: (request, reply) => {
        const code = request.params[owner.param.replace("+", "")] ?? "";
        const key = owner.find(context.catalog, code);
        if (key === undefined)
          return reply.error(404, `The ${owner.label} "${code}" does not exist.`);
        const stored = context.catalog.drafts.get(owner.kind, key);
        if (stored === undefined) {
          return reply.error(404, `There is no draft created for the ${owner.label} "${code}".`);
        }
        const status = stored.submitted ? "proposal_waiting_for_approval" : "draft_in_progress";
        const metadata: JsonObject = { workflow_status: status };
        reply.json(200, { ...stored.draft, metadata });
      },
    },
    {
      name: `pim_api_${owner.stem}_proposal_create`,
      method: "POST",
      path: `${owner.collection}/{${owner.param}}/proposal`,
      authenticated: true,
      handle: (request, reply) => {
        const code = request.params[owner.param.replace("+", "")] ?? "";
        const key = owner.find(context.catalog, code);
        if (key === undefined)
          return reply.error(404, `The ${owner.label} "${code}" does not exist.`);
        const stored = context.catalog.drafts.get(owner.kind, key);
        if (stored === undefined) {
          return reply.error(422, "You should create a draft before submitting it for approval.");
        }
        if (stored.submitted)
          return reply.error(422, "You already submit your draft for approval.");
        context.catalog.drafts.submit(owner.kind, key);
        reply.empty(201);
      },
    },
  ]);
}
