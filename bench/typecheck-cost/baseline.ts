// openapi-fetch's own declarations alone, which a project with `skipLibCheck: false` checks as soon as
// one of its files imports `akeneo-pim-sdk/raw`.
import type { Client } from "openapi-fetch";

export type AnyClient = Client<Record<string, never>>;
