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
import {
  type EndpointOf,
  endpointOf,
  pagingOf,
  pathOf,
  pathParametersOf,
} from "./operation-table.js";

/** A file to upload: a path (streamed from disk), a Blob or File, bytes, or a web stream. */
export type { UploadSource };

/** Uploads a file that belongs to no product value and returns its media code. */
export type StandaloneUpload = (source: UploadSource, options?: UploadOptions) => Promise<string>;

/** Downloads a media file by its code (slashes allowed). */
export type MediaDownloadMethod = DownloadMethod;

/** Media files of product and product model values (`/api/rest/v1/media-files`). */
export interface ProductMediaFilesResource {
  /** Returns the description of the media file with this code. */
  get: GetMethod<EndpointOf<"mediaFiles.get">>;
  /** Returns one page of media file descriptions. */
  listPerPage: ListPerPageMethod<EndpointOf<"mediaFiles.listPerPage">>;
  /** Iterates every media file description. */
  all: AllMethod<EndpointOf<"mediaFiles.listPerPage">>;
  /** Iterates the pages of media file descriptions. */
  pages: PagesMethod<EndpointOf<"mediaFiles.listPerPage">>;
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
export function createProductMediaFilesResource(
  context: ResourceContext,
): ProductMediaFilesResource {
  return {
    get: buildGet(context, endpointOf("mediaFiles.get"), pathParametersOf("mediaFiles.get")),
    ...buildListMethods(
      context,
      endpointOf("mediaFiles.listPerPage"),
      pathOf("mediaFiles.listPerPage"),
      pathParametersOf("mediaFiles.listPerPage"),
      pagingOf("mediaFiles.listPerPage"),
    ),
    upload: buildUpload(
      context,
      endpointOf("mediaFiles.upload"),
      pathParametersOf("mediaFiles.upload"),
      "code",
      true,
    ),
    download: buildDownload(
      context,
      endpointOf("mediaFiles.download"),
      pathParametersOf("mediaFiles.download"),
    ),
  };
}

/** Creates the facade of category media files. */
export function createCategoryMediaFilesResource(
  context: ResourceContext,
): CategoryMediaFilesResource {
  return buildStandaloneMediaFiles(context, "categoryMediaFiles");
}

/** Creates the facade of Asset Manager media files. */
export function createAssetMediaFilesResource(
  context: ResourceContext,
): StandaloneMediaFilesResource {
  return buildStandaloneMediaFiles(context, "assetMediaFiles");
}

/** Creates the facade of reference entity media files. */
export function createReferenceEntityMediaFilesResource(
  context: ResourceContext,
): StandaloneMediaFilesResource {
  return buildStandaloneMediaFiles(context, "referenceEntityMediaFiles");
}

function buildStandaloneMediaFiles(
  context: ResourceContext,
  facade: "categoryMediaFiles" | "assetMediaFiles" | "referenceEntityMediaFiles",
): StandaloneMediaFilesResource {
  const upload = `${facade}.upload` as const;
  const download = `${facade}.download` as const;
  return {
    upload: buildUpload(context, endpointOf(upload), pathParametersOf(upload), "code", false),
    download: buildDownload(context, endpointOf(download), pathParametersOf(download)),
  };
}
