import ts from "typescript";
import { compareCodePoints } from "./compare-code-points.js";
import type { OperationFacts } from "./describe-operations.js";
import { GENERATED_HEADER } from "./emit-header.js";
import type { JsonAnswer, RequestBodyType } from "./emit-models.js";

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** The inline types of one operation, as TypeScript source: its request body and JSON answer. */
export interface OperationTypes {
  body?: RequestBodyType;
  answer?: JsonAnswer;
  /** The error of the call when every error answer is JSON or bodiless (streams included). */
  error?: string;
  /** Whether a parameter is required (a path parameter, a required query parameter). */
  paramsRequired?: boolean;
}

function membersOf(node: ts.Node | undefined): readonly ts.TypeElement[] {
  return node !== undefined && ts.isTypeLiteralNode(node) ? node.members : [];
}

function memberNamed(
  members: readonly ts.TypeElement[],
  name: string,
): ts.PropertySignature | undefined {
  return members.find(
    (m): m is ts.PropertySignature => ts.isPropertySignature(m) && m.name.getText() === name,
  );
}

/**
 * Lists the operations of openapi-typescript's output that require a parameter: those whose
 * `parameters` object has a member without `?`, as openapi-fetch makes `params` required then.
 */
export function operationsWithRequiredParameters(schemaText: string): Set<string> {
  const file = ts.createSourceFile("schema.ts", schemaText, ts.ScriptTarget.ES2022, true);
  const required = new Set<string>();
  for (const statement of file.statements) {
    if (!ts.isInterfaceDeclaration(statement) || statement.name.text !== "operations") continue;
    for (const operation of statement.members) {
      if (!ts.isPropertySignature(operation)) continue;
      const parameters = memberNamed(membersOf(operation.type), "parameters");
      if (membersOf(parameters?.type).some((m) => m.questionToken === undefined)) {
        required.add(operation.name.getText().replace(/^"|"$/g, ""));
      }
    }
  }
  return required;
}

function pascal(op: OperationFacts): string {
  return `${op.functionName.charAt(0).toUpperCase()}${op.functionName.slice(1)}`;
}

/** How an endpoint function names its body type: the write model itself, or its own alias. */
export function bodyTypeReference(op: OperationFacts, body: RequestBodyType): string {
  return IDENTIFIER.test(body.type) ? body.type : `${pascal(op)}Body`;
}

/** How an endpoint function names its success data: the read model itself, or its own alias. */
export function answerTypeReference(op: OperationFacts, answer: JsonAnswer): string {
  return IDENTIFIER.test(answer.data) ? answer.data : `${pascal(op)}Answer`;
}

/**
 * Writes generated/operation-types.ts: a named type for each request body and JSON answer the
 * description writes inline (an upsert's partial product, a list page), resolved like the
 * models, so what was read can be sent back and hovers show a name.
 */
export function emitOperationTypes(
  operations: readonly OperationFacts[],
  types: ReadonlyMap<string, OperationTypes>,
  modelNames: readonly string[],
): string {
  const sorted = [...operations].sort((a, b) => compareCodePoints(a.functionName, b.functionName));
  const blocks: string[] = [];
  for (const op of sorted) {
    const { body, answer } = types.get(op.operationId) ?? {};
    if (body !== undefined && !IDENTIFIER.test(body.type)) {
      blocks.push(
        `/** The body \`${op.functionName}\` sends (${op.method} ${op.path}). */\nexport type ${bodyTypeReference(op, body)} = ${body.type};`,
      );
    }
    if (answer !== undefined && !IDENTIFIER.test(answer.data)) {
      blocks.push(
        `/** The data \`${op.functionName}\` answers (${op.method} ${op.path}). */\nexport type ${answerTypeReference(op, answer)} = ${answer.data};`,
      );
    }
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
