import {
  PERMISSIONS_GET_CHANNELS,
  PERMISSIONS_GET_LOCALES,
} from "../../generated/facade-operations.js";
import type { CallOptions } from "../core/client/index.js";
import type { UndocumentedJson } from "./facade/endpoint-types.js";
import { buildGet } from "./facade/method-builders.js";
import type { ResourceContext } from "./facade/resource-context.js";

/** Permissions of a user on channels and locales (`/api/rest/v1/permissions`). */
export interface PermissionsResource {
  /** Returns the user's permissions on channels. */
  getChannels: (userUuid: string, call?: CallOptions) => Promise<UndocumentedJson>;
  /** Returns the user's permissions on locales. */
  getLocales: (userUuid: string, call?: CallOptions) => Promise<UndocumentedJson>;
}

/** Creates the facade of user permissions. */
export function createPermissionsResource(context: ResourceContext): PermissionsResource {
  // The description documents no body for these answers; the server sends JSON.
  return {
    // Akeneo does not describe these answers: whatever JSON arrives is handed over.
    getChannels: buildGet(context, PERMISSIONS_GET_CHANNELS, "any"),
    getLocales: buildGet(context, PERMISSIONS_GET_LOCALES, "any"),
  };
}
