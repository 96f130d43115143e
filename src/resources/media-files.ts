import {
  ASSET_MEDIA_FILES_DOWNLOAD,
  ASSET_MEDIA_FILES_UPLOAD,
  CATEGORY_MEDIA_FILES_DOWNLOAD,
  CATEGORY_MEDIA_FILES_UPLOAD,
  MEDIA_FILES_DOWNLOAD,
  MEDIA_FILES_GET,
  MEDIA_FILES_LIST_PER_PAGE,
  MEDIA_FILES_UPLOAD,
  REFERENCE_ENTITY_MEDIA_FILES_DOWNLOAD,
  REFERENCE_ENTITY_MEDIA_FILES_UPLOAD,
} from "../../generated/facade-operations.js";
import { buildDownload, buildUpload, type UploadOptions } from "./facade/media-methods.js";
import { buildGet, buildListMethods } from "./facade/method-builders.js";
import type {
  AllMethod,
  DownloadMethod,
  GetMethod,
  ListPerPageMethod,
  PagesMethod,
} from "./facade/method-types.js";
import type { ResourceContext } from "./facade/resource-context.js";
import type { MediaUploadTarget, UploadSource } from "./media/index.js";
import type { EndpointOf, KnownFacadeOperation } from "./operation-table.js";

/** A file to upload: a path (streamed from disk), a Blob or File, bytes, or a web stream. */
export type { UploadSource };

/** Uploads a file that belongs to no product value and returns its media code. */
export type StandaloneUpload = (source: UploadSource, options?: UploadOptions) => Promise<string>;

/** Downloads a media file by its code (slashes allowed). */
export type MediaDownloadMethod = DownloadMethod;

/** Media files of product and product model values (`/api/rest/v1/media-files`). */
export interface ProductMediaFilesResource {
  /** Returns the description of the media file with this code. */
  get: GetMethod<EndpointOf<typeof MEDIA_FILES_GET>>;
  /** Returns one page of media file descriptions. */
  listPerPage: ListPerPageMethod<EndpointOf<typeof MEDIA_FILES_LIST_PER_PAGE>>;
  /** Iterates every media file description. */
  all: AllMethod<EndpointOf<typeof MEDIA_FILES_LIST_PER_PAGE>>;
  /** Iterates the pages of media file descriptions. */
  pages: PagesMethod<EndpointOf<typeof MEDIA_FILES_LIST_PER_PAGE>>;
  /**
   * Uploads a file for a product or product model value and returns the new media code.
   *
   * @example
   * const code = await client.mediaFiles.upload("./shoe.jpg", {
   *   product: { identifier: "shoe-42", attribute: "picture", scope: null, locale: null },
   * });
   */
  upload: (
    source: UploadSource,
    target: MediaUploadTarget,
    options?: UploadOptions,
  ) => Promise<string>;
  /** Downloads the media file with this code. */
  download: MediaDownloadMethod;
}

/** Media files of category values (SaaS). */
export interface CategoryMediaFilesResource {
  /** Uploads a file (`fields.category` names the category value) and returns its path. */
  upload: StandaloneUpload;
  /** Downloads the category media file at this path. */
  download: MediaDownloadMethod;
}

/** Media files of Asset Manager assets or reference entity records. */
export interface StandaloneMediaFilesResource {
  /** Uploads a file and returns its media code, to be used in an asset or record value. */
  upload: StandaloneUpload;
  /** Downloads the media file with this code. */
  download: MediaDownloadMethod;
}

/** Creates the facade of product media files. */
export function createMediaFilesResource(context: ResourceContext): ProductMediaFilesResource {
  return {
    get: buildGet(context, MEDIA_FILES_GET),
    ...buildListMethods(context, MEDIA_FILES_LIST_PER_PAGE),
    upload: buildUpload(context, MEDIA_FILES_UPLOAD, "code", true),
    download: buildDownload(context, MEDIA_FILES_DOWNLOAD),
  };
}

/** Creates the facade of category media files. */
export function createCategoryMediaFilesResource(
  context: ResourceContext,
): CategoryMediaFilesResource {
  return buildStandaloneMediaFiles(
    context,
    CATEGORY_MEDIA_FILES_UPLOAD,
    CATEGORY_MEDIA_FILES_DOWNLOAD,
  );
}

/** Creates the facade of Asset Manager media files. */
export function createAssetMediaFilesResource(
  context: ResourceContext,
): StandaloneMediaFilesResource {
  return buildStandaloneMediaFiles(context, ASSET_MEDIA_FILES_UPLOAD, ASSET_MEDIA_FILES_DOWNLOAD);
}

/** Creates the facade of reference entity media files. */
export function createReferenceEntityMediaFilesResource(
  context: ResourceContext,
): StandaloneMediaFilesResource {
  return buildStandaloneMediaFiles(
    context,
    REFERENCE_ENTITY_MEDIA_FILES_UPLOAD,
    REFERENCE_ENTITY_MEDIA_FILES_DOWNLOAD,
  );
}

function buildStandaloneMediaFiles(
  context: ResourceContext,
  upload: KnownFacadeOperation,
  download: KnownFacadeOperation,
): StandaloneMediaFilesResource {
  return {
    upload: buildUpload(context, upload, "code", false),
    download: buildDownload(context, download),
  };
}
