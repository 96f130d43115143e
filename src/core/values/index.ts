export { describeType } from "./describe-type.js";
export { isPlainRecord } from "./is-plain-record.js";
export { parseJsonOrText } from "./parse-json-or-text.js";
