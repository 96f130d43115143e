import {
  createChannel,
  getChannel,
  listChannels,
  upsertChannel,
  upsertChannels,
} from "../../generated/endpoints.js";
import { buildCodeResource, type CodeResource } from "./facade/code-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import { pathOf } from "./operation-table.js";

const ENDPOINTS = {
  get: getChannel,
  list: listChannels,
  create: createChannel,
  upsert: upsertChannel,
  upsertList: upsertChannels,
};

/** Channels (`/api/rest/v1/channels`). */
export type ChannelsResource = CodeResource<typeof ENDPOINTS>;

/** Creates the facade of channels. */
export function createChannelsResource(context: ResourceContext): ChannelsResource {
  return buildCodeResource(context, ENDPOINTS, pathOf("channels.listPerPage"));
}
