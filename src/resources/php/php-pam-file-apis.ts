import type { MediaDownload, UploadSource } from "../media/index.js";
import type {
  PamAssetReferenceFilesResource,
  PamAssetVariationFilesResource,
} from "../pam-asset-files.js";
import { toPhpMediaResponse } from "./php-media-response.js";

// The PHP client names the locale of a non-localizable PAM asset file `no-locale`.
const NO_LOCALE = "no-locale";

type ReferenceFile = Awaited<ReturnType<PamAssetReferenceFilesResource["get"]>>;
type VariationFile = Awaited<ReturnType<PamAssetVariationFilesResource["get"]>>;

/** The PHP client's (deprecated) PAM asset reference file API. */
export interface PhpAssetReferenceFileApi {
  /** Returns the reference file of a localizable asset in this locale. */
  getFromLocalizableAsset(assetCode: string, localeCode: string): Promise<ReferenceFile>;
  /** Returns the reference file of a non-localizable asset. */
  getFromNotLocalizableAsset(assetCode: string): Promise<ReferenceFile>;
  /** Uploads the reference file of a localizable asset; answers 201. */
  uploadForLocalizableAsset(
    fileOrPath: UploadSource,
    assetCode: string,
    localeCode: string,
  ): Promise<201>;
  /** Uploads the reference file of a non-localizable asset; answers 201. */
  uploadForNotLocalizableAsset(fileOrPath: UploadSource, assetCode: string): Promise<201>;
  /** Downloads the reference file of a localizable asset. */
  downloadFromLocalizableAsset(assetCode: string, localeCode: string): Promise<Response>;
  /** Downloads the reference file of a non-localizable asset. */
  downloadFromNotLocalizableAsset(assetCode: string): Promise<Response>;
}

/** The PHP client's (deprecated) PAM asset variation file API. */
export interface PhpAssetVariationFileApi {
  /** Returns the variation file of a localizable asset for this channel and locale. */
  getFromLocalizableAsset(
    assetCode: string,
    channelCode: string,
    localeCode: string,
  ): Promise<VariationFile>;
  /** Returns the variation file of a non-localizable asset for this channel. */
  getFromNotLocalizableAsset(assetCode: string, channelCode: string): Promise<VariationFile>;
  /** Uploads the variation file of a localizable asset; answers 201. */
  uploadForLocalizableAsset(
    fileOrPath: UploadSource,
    assetCode: string,
    channelCode: string,
    localeCode: string,
  ): Promise<201>;
  /** Uploads the variation file of a non-localizable asset; answers 201. */
  uploadForNotLocalizableAsset(
    fileOrPath: UploadSource,
    assetCode: string,
    channelCode: string,
  ): Promise<201>;
  /** Downloads the variation file of a localizable asset. */
  downloadFromLocalizableAsset(
    assetCode: string,
    channelCode: string,
    localeCode: string,
  ): Promise<Response>;
  /** Downloads the variation file of a non-localizable asset. */
  downloadFromNotLocalizableAsset(assetCode: string, channelCode: string): Promise<Response>;
}

/** Creates the PHP PAM reference file API over the facade. */
export function createPhpAssetReferenceFileApi(
  facade: PamAssetReferenceFilesResource,
): PhpAssetReferenceFileApi {
  const upload = async (source: UploadSource, asset: string, locale: string) => {
    await facade.upload(asset, locale, source);
    return 201 as const;
  };
  return Object.freeze({
    getFromLocalizableAsset: (asset: string, locale: string) => facade.get(asset, locale),
    getFromNotLocalizableAsset: (asset: string) => facade.get(asset, NO_LOCALE),
    uploadForLocalizableAsset: upload,
    uploadForNotLocalizableAsset: (source: UploadSource, asset: string) =>
      upload(source, asset, NO_LOCALE),
    downloadFromLocalizableAsset: (asset: string, locale: string) =>
      asResponse(facade.download(asset, locale)),
    downloadFromNotLocalizableAsset: (asset: string) =>
      asResponse(facade.download(asset, NO_LOCALE)),
  });
}

/** Creates the PHP PAM variation file API over the facade. */
export function createPhpAssetVariationFileApi(
  facade: PamAssetVariationFilesResource,
): PhpAssetVariationFileApi {
  const upload = async (source: UploadSource, asset: string, channel: string, locale: string) => {
    await facade.upload(asset, channel, locale, source);
    return 201 as const;
  };
  return Object.freeze({
    getFromLocalizableAsset: (asset: string, channel: string, locale: string) =>
      facade.get(asset, channel, locale),
    getFromNotLocalizableAsset: (asset: string, channel: string) =>
      facade.get(asset, channel, NO_LOCALE),
    uploadForLocalizableAsset: upload,
    uploadForNotLocalizableAsset: (source: UploadSource, asset: string, channel: string) =>
      upload(source, asset, channel, NO_LOCALE),
    downloadFromLocalizableAsset: (asset: string, channel: string, locale: string) =>
      asResponse(facade.download(asset, channel, locale)),
    downloadFromNotLocalizableAsset: (asset: string, channel: string) =>
      asResponse(facade.download(asset, channel, NO_LOCALE)),
  });
}

async function asResponse(download: Promise<MediaDownload>): Promise<Response> {
  return toPhpMediaResponse(await download);
}
