import { InvalidArgumentError } from "../../core/errors/index.js";
import type { MediaUploadTarget, UploadSource } from "../media/index.js";
import type {
  CategoryMediaFilesResource,
  ProductMediaFilesResource,
  StandaloneMediaFilesResource,
} from "../media-files.js";
import { buildPhpApi } from "./php-code-api.js";
import type { PhpReadableApi } from "./php-code-api-types.js";
import { toPhpMediaResponse } from "./php-media-response.js";

/**
 * The product value a PHP-style upload is for: `identifier` (or `uuid`) of a product, or `code`
 * with `type: "product_model"` for a product model.
 */
export type PhpProductMediaData =
  | {
      identifier: string;
      attribute: string;
      scope?: string | null;
      locale?: string | null;
      type?: "product";
    }
  | {
      uuid: string;
      attribute: string;
      scope?: string | null;
      locale?: string | null;
      type?: "product";
    }
  | {
      code: string;
      attribute: string;
      scope?: string | null;
      locale?: string | null;
      type: "product_model";
    };

/** `download(code)` answering the file as a web `Response` with its body as a stream. */
export interface PhpDownloadMethod {
  /** Downloads the media file with this code. */
  download(code: string): Promise<Response>;
}

/** The PHP client's product media file API. */
export interface PhpProductMediaFileApi
  extends PhpReadableApi<ProductMediaFilesResource>,
    PhpDownloadMethod {
  /** Uploads a file (a path, Blob, bytes or stream) for a product or model value; answers its code. */
  create(fileOrPath: UploadSource, productData: PhpProductMediaData): Promise<string>;
}

/** The PHP client's asset or reference entity media file API. */
export interface PhpStandaloneMediaFileApi extends PhpDownloadMethod {
  /** Uploads a file (a path, Blob, bytes or stream); answers its media code. */
  create(fileOrPath: UploadSource): Promise<string>;
}

/** The PHP client's category media file API: downloads only, as in PHP. */
export type PhpCategoryMediaFileApi = PhpDownloadMethod;

/** Creates the PHP product media file API over the facade. */
export function createPhpProductMediaFileApi(
  facade: ProductMediaFilesResource,
): PhpProductMediaFileApi {
  const read = buildPhpApi<PhpReadableApi<ProductMediaFilesResource>>(facade, {}, [
    "get",
    "listPerPage",
    "all",
  ]);
  return Object.freeze({
    ...read,
    create: async (fileOrPath: UploadSource, productData: PhpProductMediaData) =>
      facade.upload(fileOrPath, toUploadTarget(productData)),
    download: async (code: string) => toPhpMediaResponse(await facade.download(code)),
  });
}

/** Creates the PHP asset or reference entity media file API over the facade. */
export function createPhpStandaloneMediaFileApi(
  facade: StandaloneMediaFilesResource,
): PhpStandaloneMediaFileApi {
  return Object.freeze({
    create: (fileOrPath: UploadSource) => facade.upload(fileOrPath),
    download: async (code: string) => toPhpMediaResponse(await facade.download(code)),
  });
}

/** Creates the PHP category media file API over the facade. */
export function createPhpCategoryMediaFileApi(
  facade: CategoryMediaFilesResource,
): PhpCategoryMediaFileApi {
  return Object.freeze({
    download: async (code: string) => toPhpMediaResponse(await facade.download(code)),
  });
}

// The PHP client sends the part as `product_model` when `type` says so, and drops `type`.
function toUploadTarget(productData: unknown): MediaUploadTarget {
  if (typeof productData !== "object" || productData === null || Array.isArray(productData)) {
    throw new InvalidArgumentError("productData must be an object naming the product value");
  }
  const { type, ...target } = productData as Record<string, unknown>;
  if (type === "product_model") return { productModel: target as never };
  if (type === undefined || type === "product") return { product: target as never };
  throw new InvalidArgumentError(
    `productData.type must be "product" or "product_model", received ${typeof type === "string" ? type : typeof type}`,
  );
}
