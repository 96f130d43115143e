import { InvalidArgumentError } from "../../core/errors/index.js";
import {
  type ProductMediaTarget,
  type ProductModelMediaTarget,
  productMediaPart,
  productModelMediaPart,
} from "./media-association.js";

/** The body of a media upload, as the generated upload functions take it. */
export interface MediaUploadBody {
  /** JSON text naming the product value (product media files only). */
  product?: string;
  /** JSON text naming the product model value (product media files only). */
  product_model?: string;
  /** The file part. */
  file: Blob;
}

/** Who receives an uploaded file: a product value, a product model value, or nobody (assets…). */
export type MediaUploadTarget =
  | { product: ProductMediaTarget }
  | { productModel: ProductModelMediaTarget }
  | Record<string, never>;

/**
 * Builds the multipart body of a media upload; `serializeRequestBody` turns it into a form where
 * the association is a plain field and the file a file part.
 *
 * @throws InvalidArgumentError when both a product and a product model are named, or a target is
 *   incomplete.
 */
export function createMediaUploadBody(file: Blob, target: MediaUploadTarget = {}): MediaUploadBody {
  const product = "product" in target ? target.product : undefined;
  const productModel = "productModel" in target ? target.productModel : undefined;
  if (product !== undefined && productModel !== undefined) {
    throw new InvalidArgumentError(
      "A media file belongs to a product or a product model, not both",
    );
  }
  if (product !== undefined) return { product: productMediaPart(product), file };
  if (productModel !== undefined)
    return { product_model: productModelMediaPart(productModel), file };
  return { file };
}
