import { buildCodeResource, type CodeResource } from "./facade/code-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import type { EndpointsOf } from "./operation-table.js";

const METHODS = {
  get: "channels.get",
  list: "channels.listPerPage",
  create: "channels.create",
  upsert: "channels.upsert",
  upsertList: "channels.upsertList",
} as const;

/** Channels (`/api/rest/v1/channels`). */
export type ChannelsResource = CodeResource<EndpointsOf<typeof METHODS>>;

/** Creates the facade of channels. */
export function createChannelsResource(context: ResourceContext): ChannelsResource {
  return buildCodeResource(context, METHODS);
}
