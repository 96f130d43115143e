import { compareCodePoints } from "./compare-code-points.js";
import type { OperationFacts } from "./describe-operations.js";
import { GENERATED_HEADER } from "./emit-header.js";
import type { RequestBodyType } from "./emit-models.js";

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** The name of the type an endpoint function's body has when the description writes it inline. */
export function requestBodyTypeName(op: OperationFacts): string {
  return `${op.functionName.charAt(0).toUpperCase()}${op.functionName.slice(1)}Body`;
}

/** How an endpoint function names its body type: the write model itself, or its own alias. */
export function bodyTypeReference(op: OperationFacts, body: RequestBodyType): string {
  return IDENTIFIER.test(body.type) ? body.type : requestBodyTypeName(op);
}

/**
 * Writes generated/request-bodies.ts: one named type per request body the description writes
 * inline (an upsert's partial product, a batch line), with read-only properties left out, so
 * what was read can be sent back and hovers show a name.
 */
export function emitRequestBodies(
  operations: readonly OperationFacts[],
  bodies: ReadonlyMap<string, RequestBodyType>,
  modelNames: readonly string[],
): string {
  const sorted = [...operations].sort((a, b) => compareCodePoints(a.functionName, b.functionName));
  const blocks: string[] = [];
  for (const op of sorted) {
    const body = bodies.get(op.operationId);
    if (body === undefined || IDENTIFIER.test(body.type)) continue;
    blocks.push(
      `/** The body \`${op.functionName}\` sends (${op.method} ${op.path}). */\nexport type ${requestBodyTypeName(op)} = ${body.type};`,
    );
  }
  const text = blocks.join("\n\n");
  const used = modelNames.filter((name) => new RegExp(`\\b${name}\\b`).test(text));
  return [
    GENERATED_HEADER,
    `import type { ${used.join(", ")} } from "./models.js";`,
    "",
    text,
    "",
  ].join("\n");
}
