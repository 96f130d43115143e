export { createKnownSecrets, type KnownSecrets } from "./known-secrets.js";
export { redactHeaders } from "./redact-headers.js";
export { redactText, type TextRedactor } from "./redact-text.js";
export { describeUrlPath, redactUrl } from "./redact-url.js";
export { redactValue } from "./redact-value.js";
export { isSecretName, REDACTED } from "./secret-names.js";
