import {
  downloadAssetMediaFile,
  downloadCategoryMediaFile,
  downloadMediaFile,
  downloadReferenceEntityMediaFile,
  getMediaFile,
  listMediaFiles,
  uploadAssetMediaFile,
  uploadCategoryMediaFile,
  uploadMediaFile,
  uploadReferenceEntityMediaFile,
} from "../../generated/endpoints.js";
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
import { pagingOf, pathOf, pathParametersOf } from "./operation-table.js";

/** A file to upload: a path (streamed from disk), a Blob or File, bytes, or a web stream. */
export type { UploadSource };

/** Uploads a file that belongs to no product value and returns its media code. */
export type StandaloneUpload = (source: UploadSource, options?: UploadOptions) => Promise<string>;

/** Downloads a media file by its code (slashes allowed). */
export type MediaDownloadMethod = DownloadMethod;

/** Media files of product and product model values (`/api/rest/v1/media-files`). */
export interface ProductMediaFilesResource {
  /** Returns the description of the media file with this code. */
  get: GetMethod<typeof getMediaFile>;
  /** Returns one page of media file descriptions. */
  listPerPage: ListPerPageMethod<typeof listMediaFiles>;
  /** Iterates every media file description. */
  all: AllMethod<typeof listMediaFiles>;
  /** Iterates the pages of media file descriptions. */
  pages: PagesMethod<typeof listMediaFiles>;
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
    get: buildGet(context, getMediaFile, ["code"]),
    ...buildListMethods(
      context,
      listMediaFiles,
      pathOf("mediaFiles.listPerPage"),
      [],
      pagingOf("mediaFiles.listPerPage"),
    ),
    upload: buildUpload(context, uploadMediaFile, [], "code", true),
    download: buildDownload(context, downloadMediaFile, ["code"]),
  };
}

/** Creates the facade of category media files. */
export function createCategoryMediaFilesResource(
  context: ResourceContext,
): CategoryMediaFilesResource {
  return {
    upload: buildUpload(context, uploadCategoryMediaFile, [], "code", false),
    download: buildDownload(
      context,
      downloadCategoryMediaFile,
      pathParametersOf("categoryMediaFiles.download"),
    ),
  };
}

/** Creates the facade of Asset Manager media files. */
export function createAssetMediaFilesResource(
  context: ResourceContext,
): StandaloneMediaFilesResource {
  return {
    upload: buildUpload(context, uploadAssetMediaFile, [], "code", false),
    download: buildDownload(context, downloadAssetMediaFile, ["code"]),
  };
}

/** Creates the facade of reference entity media files. */
export function createReferenceEntityMediaFilesResource(
  context: ResourceContext,
): StandaloneMediaFilesResource {
  return {
    upload: buildUpload(context, uploadReferenceEntityMediaFile, [], "code", false),
    download: buildDownload(context, downloadReferenceEntityMediaFile, ["code"]),
  };
}
