// The floor under any consumer of the SDK: openapi-fetch's own declarations, which a project with
// `skipLibCheck: false` checks as soon as one type of the SDK refers to them.
import type { Client } from "openapi-fetch";

export type AnyClient = Client<Record<string, never>>;
