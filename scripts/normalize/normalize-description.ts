import { convertSwagger2 } from "./convert-swagger2.js";
import type { JsonObject } from "./json-value.js";
import type { LoadedDescription } from "./load-description.js";
import { adoptOperationIds, namesByOperationId, type OperationNames } from "./operation-names.js";
import { repairArrayAnswers } from "./repairs/array-answers.js";
import { repairEnumsFromExamples } from "./repairs/enums-from-examples.js";
import { repairErrorAnswers } from "./repairs/error-answers.js";
import { repairListAnswers } from "./repairs/list-answers.js";
import { repairMediaTypes } from "./repairs/media-types.js";
import { hoistNamedSchemas, type SchemaSource } from "./repairs/named-schemas.js";
import { repairNullableFromExamples } from "./repairs/nullable-from-examples.js";
import { recordOperationFacts } from "./repairs/operation-facts.js";
import { repairRequestBodies } from "./repairs/request-bodies.js";
import { repairSchemaTypes, type SchemaRepairRules } from "./repairs/schema-types.js";
import { addSecuritySchemes } from "./repairs/security.js";
import { stripProse } from "./repairs/strip-prose.js";
import { writeSummaries } from "./repairs/summaries.js";
import { repairTokenOperation } from "./repairs/token-operation.js";
import { upgradeOpenApi30 } from "./upgrade-openapi30.js";

/** The repair data of openapi/repairs.json. */
export interface RepairRules extends SchemaRepairRules {
  optionalBodies: string[];
  jsonArrayBatches: string[];
  arrayAnswers: string[];
}

/** Operation names and kinds (keyed by `METHOD /path`), and named schemas, from openapi/naming.json. */
export interface NamingMap {
  operations: OperationNames;
  schemas: Record<string, SchemaSource>;
}

/** A normalized OpenAPI 3.1 document and what the normalizer could not do. */
export interface NormalizedDescription {
  document: JsonObject;
  warnings: string[];
}

/**
 * The loader inlined every reference, so the components of an OpenAPI 3 input are copies nothing
 * points at any more; they are dropped, as Swagger 2.0 definitions are, and the repairs add ours.
 */
function withoutInlinedComponents(document: JsonObject): JsonObject {
  const { components: _components, ...rest } = document;
  return { ...rest, components: {} };
}

function toOpenApi31(loaded: LoadedDescription): JsonObject {
  const copy = structuredClone(loaded.document);
  if (loaded.dialect === "swagger-2.0") return convertSwagger2(copy);
  // A 3.1 description may still carry 3.0 leftovers (`nullable`), so both go through the upgrade.
  return withoutInlinedComponents(upgradeOpenApi30(copy));
}

function finish(document: JsonObject): JsonObject {
  const { openapi: _version, info: _info, servers: _servers, ...rest } = document;
  return {
    openapi: "3.1.0",
    info: { title: "Akeneo PIM REST API (normalized by akeneo-pim-sdk)", version: "1.0.0" },
    servers: [{ url: "/" }],
    ...rest,
  };
}

/**
 * Turns Akeneo's description, in any dialect it is published in, into one clean OpenAPI 3.1
 * document: each step is one repair, in this order.
 */
export function normalizeDescription(
  loaded: LoadedDescription,
  rules: RepairRules,
  naming: NamingMap,
): NormalizedDescription {
  let document = toOpenApi31(loaded);
  document = stripProse(document);
  document = adoptOperationIds(document, naming.operations);
  document = addSecuritySchemes(document);
  document = repairTokenOperation(document);
  document = repairMediaTypes(document);
  document = repairRequestBodies(document, rules.optionalBodies);
  document = repairErrorAnswers(document);
  document = repairArrayAnswers(document, rules.arrayAnswers);
  document = repairSchemaTypes(document, rules);
  document = repairNullableFromExamples(document);
  document = repairEnumsFromExamples(document);
  document = repairListAnswers(document);
  document = recordOperationFacts(document);
  document = writeSummaries(document, namesByOperationId(naming.operations));
  const hoisted = hoistNamedSchemas(document, naming.schemas);
  const warnings = hoisted.missing.map(
    (name) => `named schema ${name}: its source is not in this description`,
  );
  return { document: finish(hoisted.document), warnings };
}
