import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import type { JsonObject } from "../normalize/json-value.js";
import { documentRootTypes } from "./document-root-types.js";
import { GENERATED_HEADER } from "./emit-header.js";
import { withoutExamples } from "./without-examples.js";

const BLOB = ts.factory.createTypeReferenceNode("Blob");

/**
 * Writes generated/schema.ts with openapi-typescript. The flags are chosen for users of an SDK:
 * a property with a default is still optional to send (`defaultNonNullable: false`), read-only
 * properties are kept out of request bodies (`readWriteMarkers`), a bare object is a map of
 * unknown values rather than `Record<string, never>` (`emptyObjectsUnknown`), binary parts are
 * `Blob`s, and every named schema is exported under its own name (`rootTypes`). Answer examples
 * are left out.
 */
export async function generateSchemaTypes(document: JsonObject): Promise<string> {
  const ast = await openapiTS(
    withoutExamples(document) as unknown as Parameters<typeof openapiTS>[0],
    {
      defaultNonNullable: false,
      emptyObjectsUnknown: true,
      readWriteMarkers: true,
      rootTypes: true,
      rootTypesNoSchemaPrefix: true,
      transform(schema) {
        return schema.format === "binary" ? BLOB : undefined;
      },
    },
  );
  documentRootTypes(ast);
  return `${GENERATED_HEADER}\n${astToString(ast)}`;
}
