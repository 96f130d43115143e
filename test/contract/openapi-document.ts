import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { OperationInfo } from "../../generated/operations.js";
import { NORMALIZED_DESCRIPTION_PATH } from "../support/ensure-normalized-description.js";

/** The JSON Schema keywords the normalized description uses. */
export interface JsonSchema {
  readonly $ref?: string;
  readonly type?: string | readonly string[];
  readonly const?: unknown;
  readonly enum?: readonly unknown[];
  readonly default?: unknown;
  readonly format?: string;
  readonly minimum?: number;
  readonly readOnly?: boolean;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly items?: JsonSchema;
  readonly additionalProperties?: boolean | JsonSchema;
  readonly oneOf?: readonly JsonSchema[];
  readonly anyOf?: readonly JsonSchema[];
  readonly allOf?: readonly JsonSchema[];
}

/** One parameter of an operation. */
export interface ParameterObject {
  readonly name: string;
  readonly in: "path" | "query" | "header" | "cookie";
  readonly required?: boolean;
  readonly schema?: JsonSchema;
}

/** The parts of an OpenAPI operation the contract tests read. */
export interface OperationObject {
  readonly operationId?: string;
  readonly parameters?: readonly ParameterObject[];
  readonly requestBody?: {
    readonly required?: boolean;
    readonly content: Readonly<Record<string, { readonly schema?: JsonSchema }>>;
  };
}

/** The normalized OpenAPI 3.1 description, as far as the contract tests read it. */
export interface OpenApiDocument {
  readonly paths: Readonly<Record<string, Readonly<Record<string, OperationObject>>>>;
  readonly components?: { readonly schemas?: Readonly<Record<string, JsonSchema>> };
}

/** Reads the normalized description the global setup gave to Prism. */
export function readNormalizedDescription(rootDir: string): OpenApiDocument {
  return JSON.parse(
    readFileSync(join(rootDir, NORMALIZED_DESCRIPTION_PATH), "utf8"),
  ) as OpenApiDocument;
}

/**
 * Returns the description's operation for an entry of the operation table.
 *
 * @throws Error when the table and the description disagree (run `npm run generate`).
 */
export function findOperation(document: OpenApiDocument, info: OperationInfo): OperationObject {
  const operation = document.paths[info.path]?.[info.method.toLowerCase()];
  if (operation === undefined || operation.operationId !== info.operationId) {
    throw new Error(
      `${info.method} ${info.path} (${info.operationId}) is not in the normalized description`,
    );
  }
  return operation;
}

/**
 * Follows a local `$ref` (`#/components/schemas/Name`) to its schema.
 *
 * @throws Error for a reference outside the document's component schemas.
 */
export function dereference(document: OpenApiDocument, schema: JsonSchema): JsonSchema {
  if (schema.$ref === undefined) return schema;
  const prefix = "#/components/schemas/";
  const target = schema.$ref.startsWith(prefix)
    ? document.components?.schemas?.[schema.$ref.slice(prefix.length)]
    : undefined;
  if (target === undefined) throw new Error(`Unresolvable schema reference ${schema.$ref}`);
  return dereference(document, target);
}
