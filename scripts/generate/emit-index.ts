import { GENERATED_HEADER } from "./emit-header.js";

/**
 * Writes generated/index.ts, which gathers what the root entry exports of the generated layer; the
 * named types come from models.ts (markers resolved), not from openapi-typescript's marked schemas.
 * The endpoint functions are left to the `akeneo-pim-sdk/endpoints` entry.
 */
export function emitIndex(modelNames: readonly string[]): string {
  const names = [...modelNames].sort();
  return [
    GENERATED_HEADER,
    'export * from "./operations.js";',
    'export type { components, operations, paths } from "./schema.js";',
    "export type {",
    ...names.map((n) => `  ${n},`),
    '} from "./models.js";',
    "",
  ].join("\n");
}
