import { buildDownload, buildUpload, type UploadOptions } from "./facade/media-methods.js";
import { buildGet } from "./facade/method-builders.js";
import type { DownloadMethod, GetMethod } from "./facade/method-types.js";
import type { ResourceContext } from "./facade/resource-context.js";
import type { UploadSource } from "./media/index.js";
import { type EndpointOf, endpointOf, pathParametersOf } from "./operation-table.js";

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
  get: GetMethod<EndpointOf<"pamAssetReferenceFiles.get">, Reference>;
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
  get: GetMethod<EndpointOf<"pamAssetVariationFiles.get">, Variation>;
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
    get: buildGet(
      context,
      endpointOf("pamAssetReferenceFiles.get"),
      pathParametersOf("pamAssetReferenceFiles.get"),
    ),
    upload: buildUpload(
      context,
      endpointOf("pamAssetReferenceFiles.upload"),
      pathParametersOf("pamAssetReferenceFiles.upload"),
      "errors",
      false,
    ),
    download: buildDownload(
      context,
      endpointOf("pamAssetReferenceFiles.download"),
      pathParametersOf("pamAssetReferenceFiles.download"),
    ),
  };
}

/** Creates the facade of PAM asset variation files. */
export function createPamAssetVariationFilesResource(
  context: ResourceContext,
): PamAssetVariationFilesResource {
  return {
    get: buildGet(
      context,
      endpointOf("pamAssetVariationFiles.get"),
      pathParametersOf("pamAssetVariationFiles.get"),
    ),
    upload: buildUpload(
      context,
      endpointOf("pamAssetVariationFiles.upload"),
      pathParametersOf("pamAssetVariationFiles.upload"),
      "errors",
      false,
    ),
    download: buildDownload(
      context,
      endpointOf("pamAssetVariationFiles.download"),
      pathParametersOf("pamAssetVariationFiles.download"),
    ),
  };
}
