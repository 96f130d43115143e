export { decodeBase64, encodeBase64Url } from "./base64url.js";
export { concatBytes } from "./concat-bytes.js";
export { describeType } from "./describe-type.js";
export { isPlainRecord } from "./is-plain-record.js";
export { parseJsonOrText } from "./parse-json-or-text.js";
export { utf8ByteLength } from "./utf8-byte-length.js";
