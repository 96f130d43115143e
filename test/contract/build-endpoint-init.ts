import type { OperationInfo } from "../../generated/operations.js";
import { findOperation, type OpenApiDocument, type ParameterObject } from "./openapi-document.js";
import { synthesizeValue } from "./synthesize-value.js";

/** What the contract suite hands to a generated endpoint function. */
export interface EndpointCallInit {
  params: { path: Record<string, unknown>; query: Record<string, unknown> };
  body?: unknown;
}

function synthesizeParameters(
  document: OpenApiDocument,
  parameters: readonly ParameterObject[],
  location: ParameterObject["in"],
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const parameter of parameters) {
    if (parameter.in !== location) continue;
    values[parameter.name] =
      parameter.schema === undefined ? "sample" : synthesizeValue(document, parameter.schema);
  }
  return values;
}

/**
 * Builds the arguments of one call from the operation table and the normalized description:
 * every path parameter, every query parameter (so that each declared parameter's serialization
 * is checked, not only the required ones), and a body synthesized from the request schema of
 * the operation's request media type.
 *
 * @throws Error when a path parameter of the table is missing from the description.
 */
export function buildEndpointInit(
  document: OpenApiDocument,
  info: OperationInfo,
): EndpointCallInit {
  const operation = findOperation(document, info);
  const parameters = operation.parameters ?? [];
  const path = synthesizeParameters(document, parameters, "path");
  for (const name of info.pathParameters) {
    if (!(name in path))
      throw new Error(`${info.operationId}: path parameter ${name} is undescribed`);
  }
  const init: EndpointCallInit = {
    params: { path, query: synthesizeParameters(document, parameters, "query") },
  };
  const schema =
    info.requestMediaType === null
      ? undefined
      : operation.requestBody?.content[info.requestMediaType]?.schema;
  if (schema !== undefined) init.body = synthesizeValue(document, schema);
  return init;
}
