import {
  CHANNELS_CREATE,
  CHANNELS_GET,
  CHANNELS_LIST_PER_PAGE,
  CHANNELS_UPSERT,
  CHANNELS_UPSERT_LIST,
} from "../../generated/facade-operations.js";
import { buildCodeResource, type CodeResource } from "./facade/code-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import type { EndpointsOf } from "./operation-table.js";

const METHODS = {
  get: CHANNELS_GET,
  list: CHANNELS_LIST_PER_PAGE,
  create: CHANNELS_CREATE,
  upsert: CHANNELS_UPSERT,
  upsertList: CHANNELS_UPSERT_LIST,
} as const;

/** Channels (`/api/rest/v1/channels`). */
export type ChannelsResource = CodeResource<EndpointsOf<typeof METHODS>>;

/** Creates the facade of channels. */
export function createChannelsResource(context: ResourceContext): ChannelsResource {
  return buildCodeResource(context, METHODS);
}
