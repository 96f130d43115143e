export { buildMultipartForm, isMultipartBody } from "./build-multipart-form.js";
export { readContentType } from "./read-content-type.js";
export {
  AKENEO_COLLECTION_CONTENT_TYPE,
  serializeRequestBody,
} from "./serialize-request-body.js";
