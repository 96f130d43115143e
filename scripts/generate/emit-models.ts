import ts from "typescript";
import { compareCodePoints } from "./compare-code-points.js";
import { GENERATED_HEADER } from "./emit-header.js";
import {
  type Direction,
  hasMarkers,
  referencedSchemas,
  resolveMarkers,
} from "./resolve-markers.js";

/** The suffix of the type a named schema has in a request body: `ProductWrite`. */
export const WRITE_SUFFIX = "Write";

interface SchemaSource {
  file: ts.SourceFile;
  schemas: Map<string, ts.TypeNode>;
  requestBodies: Map<string, ts.PropertySignature>;
  responses: Map<string, ts.TypeLiteralNode>;
}

function interfaceMembers(file: ts.SourceFile, name: string): ts.NodeArray<ts.TypeElement> {
  for (const statement of file.statements) {
    if (ts.isInterfaceDeclaration(statement) && statement.name.text === name) {
      return statement.members;
    }
  }
  return ts.factory.createNodeArray();
}

function propertyType(members: readonly ts.TypeElement[], name: string): ts.TypeNode | undefined {
  for (const member of members) {
    if (ts.isPropertySignature(member) && member.name.getText() === name) return member.type;
  }
  return undefined;
}

function readSchemaSource(schemaText: string): SchemaSource {
  const file = ts.createSourceFile("schema.ts", schemaText, ts.ScriptTarget.ES2022, true);
  const schemas = new Map<string, ts.TypeNode>();
  const schemaList = propertyType(interfaceMembers(file, "components"), "schemas");
  if (schemaList !== undefined && ts.isTypeLiteralNode(schemaList)) {
    for (const member of schemaList.members) {
      if (ts.isPropertySignature(member) && member.type !== undefined) {
        schemas.set(member.name.getText().replace(/^"|"$/g, ""), member.type);
      }
    }
  }
  const requestBodies = new Map<string, ts.PropertySignature>();
  const responses = new Map<string, ts.TypeLiteralNode>();
  for (const operation of interfaceMembers(file, "operations")) {
    if (!ts.isPropertySignature(operation) || operation.type === undefined) continue;
    if (!ts.isTypeLiteralNode(operation.type)) continue;
    for (const member of operation.type.members) {
      if (ts.isPropertySignature(member) && member.name.getText() === "requestBody") {
        requestBodies.set(operation.name.getText(), member);
      }
      if (
        ts.isPropertySignature(member) &&
        member.name.getText() === "responses" &&
        member.type !== undefined &&
        ts.isTypeLiteralNode(member.type)
      ) {
        responses.set(operation.name.getText(), member.type);
      }
    }
  }
  return { file, schemas, requestBodies, responses };
}

// A schema reads differently than it writes when it carries a marker or reaches a schema that does.
function schemasWithMarkers(schemas: ReadonlyMap<string, ts.TypeNode>): Set<string> {
  const marked = new Set<string>();
  const seen = new Map<string, boolean>();
  const visit = (name: string): boolean => {
    const known = seen.get(name);
    if (known !== undefined) return known;
    seen.set(name, false);
    const node = schemas.get(name);
    const result = node !== undefined && (hasMarkers(node) || referencedSchemas(node).some(visit));
    seen.set(name, result);
    if (result) marked.add(name);
    return result;
  };
  for (const name of schemas.keys()) visit(name);
  return marked;
}

/** The write type of one operation's request body, as TypeScript source. */
export interface RequestBodyType {
  /** The body type, with markers resolved and named schemas referenced by their write names. */
  type: string;
  /** Whether the operation may be called without a body. */
  optional: boolean;
}

/** The success data and, when every error answer is JSON, the error of a call, as TypeScript source. */
export interface JsonAnswer {
  data: string;
  error?: string;
}

/** What emitModels produces: models.ts, its exported names, and every request body's type. */
export interface GeneratedModels {
  text: string;
  names: string[];
  requestBodies: Map<string, RequestBodyType>;
  /** The data and error of every operation whose 2xx answers are all JSON or bodiless. */
  jsonAnswers: Map<string, JsonAnswer>;
  /** The error of every operation whose error answers are all JSON or bodiless, streams included. */
  errorAnswers: Map<string, string>;
}

// A request body's type is the union of its media types' contents, as openapi-fetch takes it.
function resolveRequestBodies(
  source: SchemaSource,
  nameOf: (schema: string, direction: Direction) => string,
  print: (n: ts.Node) => string,
): Map<string, RequestBodyType> {
  const bodies = new Map<string, RequestBodyType>();
  for (const [operationId, body] of source.requestBodies) {
    if (body.type === undefined || !ts.isTypeLiteralNode(body.type)) continue;
    const content = propertyType(body.type.members, "content");
    if (content === undefined || !ts.isTypeLiteralNode(content)) continue;
    const types = content.members.flatMap((m) =>
      ts.isPropertySignature(m) && m.type !== undefined
        ? [resolveMarkers(m.type, "write", nameOf)]
        : [],
    );
    if (types.length === 0) continue;
    const node =
      types.length === 1 ? (types[0] as ts.TypeNode) : ts.factory.createUnionTypeNode(types);
    bodies.set(operationId, { type: print(node), optional: body.questionToken !== undefined });
  }
  return bodies;
}

const SUCCESS = /^2\d\d$/;

// The JSON content of each answer of one kind (2xx, or any other status), deduplicated; a
// bodiless 2xx answer adds `undefined` (what openapi-fetch's data is then) and a bodiless error
// adds nothing; undefined when one of them is not plain JSON.
function jsonContents(
  responses: ts.TypeLiteralNode,
  success: boolean,
  resolve: (node: ts.TypeNode) => string,
): string[] | undefined {
  const types = new Set<string>();
  for (const response of responses.members) {
    if (!ts.isPropertySignature(response)) continue;
    if (SUCCESS.test(response.name.getText()) !== success) continue;
    const literal = response.type;
    const content =
      literal !== undefined && ts.isTypeLiteralNode(literal)
        ? propertyType(literal.members, "content")
        : undefined;
    if (content === undefined || content.kind === ts.SyntaxKind.NeverKeyword) {
      if (success) types.add("undefined");
      continue;
    }
    const json =
      content !== undefined && ts.isTypeLiteralNode(content) && content.members.length === 1
        ? propertyType(content.members, '"application/json"')
        : undefined;
    if (json === undefined) return undefined;
    types.add(resolve(json));
  }
  return types.size === 0 ? undefined : [...types];
}

// The data and error openapi-fetch types for a JSON call, named by the read models, for every
// operation whose 2xx answers are all JSON.
function resolveJsonAnswers(
  source: SchemaSource,
  nameOf: (schema: string, direction: Direction) => string,
  print: (n: ts.Node) => string,
): { answers: Map<string, JsonAnswer>; errors: Map<string, string> } {
  const resolve = (node: ts.TypeNode): string => print(resolveMarkers(node, "read", nameOf));
  const answers = new Map<string, JsonAnswer>();
  const errors = new Map<string, string>();
  for (const [operationId, responses] of source.responses) {
    const error = jsonContents(responses, false, resolve);
    if (error !== undefined) errors.set(operationId, error.join(" | "));
    const data = jsonContents(responses, true, resolve);
    if (data === undefined) continue;
    answers.set(operationId, {
      data: data.join(" | "),
      ...(error === undefined ? {} : { error: error.join(" | ") }),
    });
  }
  return { answers, errors };
}

function declaration(
  name: string,
  node: ts.TypeNode,
  doc: string,
  print: (n: ts.Node) => string,
): string {
  const body = ts.isTypeLiteralNode(node)
    ? `export interface ${name} ${print(node)}`
    : `export type ${name} = ${print(node)};`;
  return `/** ${doc} */\n${body}`;
}

/**
 * Writes generated/models.ts: for every named schema, the type Akeneo answers (`Product`) and
 * the type it accepts (`ProductWrite`). Both are plain
 * interfaces with openapi-typescript's read/write markers resolved, so a value the SDK returns
 * fits its named type and hovers show the name. Also returns the exported names.
 */
export function emitModels(schemaText: string): GeneratedModels {
  const source = readSchemaSource(schemaText);
  const marked = schemasWithMarkers(source.schemas);
  const nameOf = (schema: string, direction: Direction): string =>
    direction === "write" && marked.has(schema) ? `${schema}${WRITE_SUFFIX}` : schema;
  const printer = ts.createPrinter({ removeComments: false });
  const print = (n: ts.Node): string => printer.printNode(ts.EmitHint.Unspecified, n, source.file);
  const blocks: string[] = [];
  const names: string[] = [];
  const sorted = [...source.schemas.keys()].sort(compareCodePoints);
  for (const schema of sorted) {
    const node = source.schemas.get(schema) as ts.TypeNode;
    blocks.push(
      declaration(
        schema,
        resolveMarkers(node, "read", nameOf),
        `\`${schema}\` as Akeneo answers it.`,
        print,
      ),
    );
    names.push(schema);
    const writeName = `${schema}${WRITE_SUFFIX}`;
    const writeDoc = `\`${schema}\` as Akeneo accepts it in a request body`;
    blocks.push(
      marked.has(schema)
        ? declaration(
            writeName,
            resolveMarkers(node, "write", nameOf),
            `${writeDoc}: read-only properties are left out.`,
            print,
          )
        : `/** ${writeDoc}: the same as \`${schema}\`. */\nexport type ${writeName} = ${schema};`,
    );
    names.push(writeName);
  }
  const { answers, errors } = resolveJsonAnswers(source, nameOf, print);
  return {
    text: `${GENERATED_HEADER}\n${blocks.join("\n\n")}\n`,
    names: names.sort(compareCodePoints),
    requestBodies: resolveRequestBodies(source, nameOf, print),
    jsonAnswers: answers,
    errorAnswers: errors,
  };
}
