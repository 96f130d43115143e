import { GENERATED_HEADER } from "./emit-header.js";

/**
 * Writes generated/index.ts, which gathers what the generated layer exports; the named types come
 * from models.ts (markers resolved), not from openapi-typescript's marked schemas.
 */
export function emitIndex(modelNames: readonly string[]): string {
  const names = [...modelNames].sort();
  return [
    GENERATED_HEADER,
    'export * from "./endpoints.js";',
    'export * from "./operations.js";',
    'export type { components, operations, paths } from "./schema.js";',
    "export type {",
    ...names.map((n) => `  ${n},`),
    '} from "./models.js";',
    "",
  ].join("\n");
}
