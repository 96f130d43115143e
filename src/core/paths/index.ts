export { encodePathValue } from "./encode-path-value.js";
export { readLinkQuery, rebaseLink } from "./rebase-link.js";
export { serializePath } from "./serialize-path.js";
