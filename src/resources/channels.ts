import {
  createChannel,
  getChannel,
  listChannels,
  upsertChannel,
  upsertChannels,
} from "../../generated/endpoints.js";
import { codeField } from "./facade/bulk-methods.js";
import { OFFSET_PAGING } from "./facade/list-methods.js";
import {
  buildCreate,
  buildGet,
  buildListMethods,
  buildUpsert,
  buildUpsertList,
} from "./facade/method-builders.js";
import type {
  AllMethod,
  CreateMethod,
  GetMethod,
  ListPerPageMethod,
  PagesMethod,
  UpsertListMethod,
  UpsertMethod,
} from "./facade/method-types.js";
import type { ResourceContext } from "./facade/resource-context.js";

const CHANNELS = "/api/rest/v1/channels";

/** Channels (`/api/rest/v1/channels`). */
export interface ChannelsResource {
  /** Returns the channel with this code. */
  get: GetMethod<typeof getChannel>;
  /** Returns one page of channels. */
  listPerPage: ListPerPageMethod<typeof listChannels>;
  /** Iterates every channel, 100 per page by default. */
  all: AllMethod<typeof listChannels>;
  /** Iterates the pages of channels. */
  pages: PagesMethod<typeof listChannels>;
  /** Creates a channel; answers its code and `Location`. */
  create: CreateMethod<typeof createChannel>;
  /** Creates or updates the channel with this code. */
  upsert: UpsertMethod<typeof upsertChannel>;
  /** Upserts many channels in NDJSON batches of at most 100. */
  upsertList: UpsertListMethod<typeof upsertChannels>;
}

/** Creates the facade of channels. */
export function createChannelsResource(context: ResourceContext): ChannelsResource {
  return {
    get: buildGet(context, getChannel, ["code"]),
    ...buildListMethods(context, listChannels, CHANNELS, [], OFFSET_PAGING),
    create: buildCreate(context, createChannel, CHANNELS, [], codeField),
    upsert: buildUpsert(context, upsertChannel, ["code"]),
    upsertList: buildUpsertList(context, upsertChannels, [], "ndjson", codeField),
  };
}
