import {
  UI_EXTENSIONS_CREATE,
  UI_EXTENSIONS_DELETE,
  UI_EXTENSIONS_LIST,
  UI_EXTENSIONS_UPDATE,
  UI_EXTENSIONS_UPSERT,
} from "../../generated/facade-operations.js";
import type { CallOptions } from "../core/client/index.js";
import type { BodyOf } from "./facade/endpoint-types.js";
import {
  buildAction,
  buildCreate,
  buildDelete,
  buildUnpagedListMethods,
} from "./facade/method-builders.js";
import type {
  AllUnpagedMethod,
  CreateMethod,
  DeleteMethod,
  ListUnpagedMethod,
} from "./facade/method-types.js";
import type { ResourceContext } from "./facade/resource-context.js";
import type { EndpointOf } from "./operation-table.js";

type Uuid = [uuid: string];

/** UI extensions of the PIM (`/api/rest/v1/ui-extensions`, SaaS). */
export interface UiExtensionsResource {
  /** Returns every UI extension (one request). */
  list: ListUnpagedMethod<EndpointOf<typeof UI_EXTENSIONS_LIST>>;
  /** Iterates every UI extension (one request, made when the loop starts). */
  all: AllUnpagedMethod<EndpointOf<typeof UI_EXTENSIONS_LIST>>;
  /** Creates a UI extension; answers its uuid (from `Location`) when the server gives one. */
  create: CreateMethod<EndpointOf<typeof UI_EXTENSIONS_CREATE>>;
  /** Updates the UI extension with this uuid (PATCH). */
  upsert: (
    uuid: string,
    extension: BodyOf<EndpointOf<typeof UI_EXTENSIONS_UPSERT>>,
    call?: CallOptions,
  ) => Promise<void>;
  /** Updates the UI extension with this uuid through POST, for clients that cannot PATCH. */
  update: (
    uuid: string,
    extension: BodyOf<EndpointOf<typeof UI_EXTENSIONS_UPDATE>>,
    call?: CallOptions,
  ) => Promise<void>;
  /** Deletes the UI extension with this uuid. */
  delete: DeleteMethod<Uuid>;
}

/** Creates the facade of UI extensions. */
export function createUiExtensionsResource(context: ResourceContext): UiExtensionsResource {
  return {
    ...buildUnpagedListMethods(context, UI_EXTENSIONS_LIST),
    create: buildCreate(context, UI_EXTENSIONS_CREATE, () => undefined),
    upsert: buildAction(context, UI_EXTENSIONS_UPSERT, true),
    update: buildAction(context, UI_EXTENSIONS_UPDATE, true),
    delete: buildDelete(context, UI_EXTENSIONS_DELETE),
  };
}
