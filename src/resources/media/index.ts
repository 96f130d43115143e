export {
  AssetFileUploadError,
  type AssetFileUploadProblem,
  checkAssetFileUploadAnswer,
} from "./asset-file-upload-error.js";
export { readContentDispositionFileName } from "./content-disposition.js";
export {
  type MediaValueTarget,
  type ProductMediaTarget,
  type ProductModelMediaTarget,
  productMediaPart,
  productModelMediaPart,
} from "./media-association.js";
export { MissingMediaCodeError, readMediaCode } from "./media-code.js";
export {
  createMediaDownload,
  type MediaDownload,
  type MediaDownloadOptions,
} from "./media-download.js";
export {
  createMediaUploadBody,
  type MediaUploadBody,
  type MediaUploadTarget,
} from "./upload-body.js";
export {
  prepareUploadFile,
  type UploadFile,
  type UploadFileOptions,
  type UploadSource,
} from "./upload-file.js";
