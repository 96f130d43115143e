export {
  DEFAULT_MAX_NDJSON_LINE_BYTES,
  type DecodeNdjsonOptions,
  decodeNdjson,
} from "./decode-ndjson.js";
export { encodeNdjson, encodeNdjsonLine } from "./encode-ndjson.js";
export {
  NdjsonDecodeError,
  type NdjsonDecodeErrorInit,
  type NdjsonDecodeFailure,
} from "./ndjson-decode-error.js";
