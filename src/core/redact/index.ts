export { redactHeaders } from "./redact-headers.js";
export { redactText } from "./redact-text.js";
export { describeUrlPath, redactUrl } from "./redact-url.js";
export { redactValue } from "./redact-value.js";
export { isSecretName, REDACTED } from "./secret-names.js";
