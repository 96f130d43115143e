import { GENERATED_HEADER } from "./emit-header.js";

/** Writes generated/index.ts, which gathers what the generated layer exports. */
export function emitIndex(schemaNames: readonly string[]): string {
  const names = [...schemaNames].sort();
  return [
    GENERATED_HEADER,
    'export * from "./endpoints.js";',
    'export * from "./operations.js";',
    'export type { components, operations, paths } from "./schema.js";',
    "export type {",
    ...names.map((n) => `  ${n},`),
    '} from "./schema.js";',
    "",
  ].join("\n");
}
