import {
  PAM_ASSET_REFERENCE_FILES_DOWNLOAD,
  PAM_ASSET_REFERENCE_FILES_GET,
  PAM_ASSET_REFERENCE_FILES_UPLOAD,
  PAM_ASSET_VARIATION_FILES_DOWNLOAD,
  PAM_ASSET_VARIATION_FILES_GET,
  PAM_ASSET_VARIATION_FILES_UPLOAD,
} from "../../generated/facade-operations.js";
import { buildDownload, buildUpload, type UploadOptions } from "./facade/media-methods.js";
import { buildGet } from "./facade/method-builders.js";
import type { DownloadMethod, GetMethod } from "./facade/method-types.js";
import type { ResourceContext } from "./facade/resource-context.js";
import type { UploadSource } from "./media/index.js";
import type { EndpointOf } from "./operation-table.js";

type Reference = [assetCode: string, localeCode: string];
type Variation = [assetCode: string, channelCode: string, localeCode: string];

/**
 * Reference files of the deprecated PAM assets; `localeCode` is `no-locale` for a
 * non-localizable asset.
 *
 * @deprecated Akeneo deprecates the PAM assets; use asset families and assets.
 */
export interface PamAssetReferenceFilesResource {
  /** Returns the description of the asset's reference file for this locale. */
  get: GetMethod<EndpointOf<typeof PAM_ASSET_REFERENCE_FILES_GET>, Reference>;
  /**
   * Uploads the asset's reference file for this locale.
   *
   * @throws {AssetFileUploadError} when Akeneo accepts the file but lists errors.
   */
  upload: (...args: [...Reference, source: UploadSource, options?: UploadOptions]) => Promise<void>;
  /** Downloads the asset's reference file for this locale. */
  download: DownloadMethod<Reference>;
}

/**
 * Variation files of the deprecated PAM assets.
 *
 * @deprecated Akeneo deprecates the PAM assets; use asset families and assets.
 */
export interface PamAssetVariationFilesResource {
  /** Returns the description of the asset's variation file for this channel and locale. */
  get: GetMethod<EndpointOf<typeof PAM_ASSET_VARIATION_FILES_GET>, Variation>;
  /**
   * Uploads the asset's variation file for this channel and locale.
   *
   * @throws {AssetFileUploadError} when Akeneo accepts the file but lists errors.
   */
  upload: (...args: [...Variation, source: UploadSource, options?: UploadOptions]) => Promise<void>;
  /** Downloads the asset's variation file for this channel and locale. */
  download: DownloadMethod<Variation>;
}

// The path parameter names are read when a facade is built, never when the module is imported:
// a description that lacks these operations leaves the module importable (see offered-facades.ts).

/** Creates the facade of PAM asset reference files. */
export function createPamAssetReferenceFilesResource(
  context: ResourceContext,
): PamAssetReferenceFilesResource {
  return {
    get: buildGet(context, PAM_ASSET_REFERENCE_FILES_GET),
    upload: buildUpload(context, PAM_ASSET_REFERENCE_FILES_UPLOAD, "errors", false),
    download: buildDownload(context, PAM_ASSET_REFERENCE_FILES_DOWNLOAD),
  };
}

/** Creates the facade of PAM asset variation files. */
export function createPamAssetVariationFilesResource(
  context: ResourceContext,
): PamAssetVariationFilesResource {
  return {
    get: buildGet(context, PAM_ASSET_VARIATION_FILES_GET),
    upload: buildUpload(context, PAM_ASSET_VARIATION_FILES_UPLOAD, "errors", false),
    download: buildDownload(context, PAM_ASSET_VARIATION_FILES_DOWNLOAD),
  };
}
