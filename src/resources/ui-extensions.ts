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
import { type EndpointOf, endpointOf, pathOf, pathParametersOf } from "./operation-table.js";

type Uuid = [uuid: string];

/** UI extensions of the PIM (`/api/rest/v1/ui-extensions`, SaaS). */
export interface UiExtensionsResource {
  /** Returns every UI extension (one request). */
  list: ListUnpagedMethod<EndpointOf<"uiExtensions.list">>;
  /** Iterates every UI extension (one request, made when the loop starts). */
  all: AllUnpagedMethod<EndpointOf<"uiExtensions.list">>;
  /** Creates a UI extension; answers its uuid (from `Location`) when the server gives one. */
  create: CreateMethod<EndpointOf<"uiExtensions.create">>;
  /** Updates the UI extension with this uuid (PATCH). */
  upsert: (
    uuid: string,
    extension: BodyOf<EndpointOf<"uiExtensions.upsert">>,
    call?: CallOptions,
  ) => Promise<void>;
  /** Updates the UI extension with this uuid through POST, for clients that cannot PATCH. */
  update: (
    uuid: string,
    extension: BodyOf<EndpointOf<"uiExtensions.update">>,
    call?: CallOptions,
  ) => Promise<void>;
  /** Deletes the UI extension with this uuid. */
  delete: DeleteMethod<Uuid>;
}

/** Creates the facade of UI extensions. */
export function createUiExtensionsResource(context: ResourceContext): UiExtensionsResource {
  return {
    ...buildUnpagedListMethods(
      context,
      endpointOf("uiExtensions.list"),
      pathParametersOf("uiExtensions.list"),
    ),
    create: buildCreate(
      context,
      endpointOf("uiExtensions.create"),
      pathOf("uiExtensions.create"),
      pathParametersOf("uiExtensions.create"),
      () => undefined,
    ),
    upsert: buildAction(
      context,
      endpointOf("uiExtensions.upsert"),
      pathParametersOf("uiExtensions.upsert"),
      true,
    ),
    update: buildAction(
      context,
      endpointOf("uiExtensions.update"),
      pathParametersOf("uiExtensions.update"),
      true,
    ),
    delete: buildDelete(
      context,
      endpointOf("uiExtensions.delete"),
      pathParametersOf("uiExtensions.delete"),
    ),
  };
}
