export { encodePathValue } from "./encode-path-value.js";
export { rebaseLink } from "./rebase-link.js";
export { serializePath } from "./serialize-path.js";
