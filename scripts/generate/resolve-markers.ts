import ts from "typescript";

/** Which side of the API a resolved type describes: what Akeneo answers, or what it accepts. */
export type Direction = "read" | "write";

/** Names the resolved type of a named schema for one direction (`Product`, `ProductWrite`). */
export type SchemaNamer = (schemaName: string, direction: Direction) => string;

const f = ts.factory;

/** Returns the name of the schema a node like `components["schemas"]["Product"]` points at. */
export function schemaReferenceName(node: ts.Node): string | undefined {
  if (!ts.isIndexedAccessTypeNode(node)) return undefined;
  const inner = node.objectType;
  if (!ts.isIndexedAccessTypeNode(inner)) return undefined;
  const outer = inner.objectType;
  if (!ts.isTypeReferenceNode(outer) || outer.typeName.getText() !== "components") return undefined;
  const section = literalText(inner.indexType);
  return section === "schemas" ? literalText(node.indexType) : undefined;
}

function literalText(node: ts.TypeNode): string | undefined {
  return ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)
    ? node.literal.text
    : undefined;
}

/** The marker (`$Read` or `$Write`) wrapping a type node, if any. */
export function markerOf(node: ts.TypeNode): "$Read" | "$Write" | undefined {
  if (!ts.isTypeReferenceNode(node) || !ts.isIdentifier(node.typeName)) return undefined;
  const name = node.typeName.text;
  return name === "$Read" || name === "$Write" ? name : undefined;
}

function isHiddenFrom(direction: Direction, node: ts.TypeNode | undefined): boolean {
  const marker = node === undefined ? undefined : markerOf(node);
  return (
    (marker === "$Read" && direction === "write") || (marker === "$Write" && direction === "read")
  );
}

/**
 * Rewrites a type node of openapi-typescript's output into the plain type one direction sees,
 * as openapi-fetch's `Readable`/`Writable` would compute it, but once, at generation: a property
 * marked for the other direction is left out (a read-only `created` is absent from a write type
 * rather than forbidden, so what was read can be sent back), the markers of this direction are
 * unwrapped, and references to named schemas become their names.
 */
export function resolveMarkers(
  node: ts.TypeNode,
  direction: Direction,
  nameOf: SchemaNamer,
): ts.TypeNode {
  const visit = (current: ts.Node): ts.Node => {
    const schema = schemaReferenceName(current);
    if (schema !== undefined) return f.createTypeReferenceNode(nameOf(schema, direction));
    if (ts.isTypeNode(current) && markerOf(current) !== undefined) {
      const inner = (current as ts.TypeReferenceNode).typeArguments?.[0];
      return inner === undefined ? current : visit(inner);
    }
    if (ts.isTypeLiteralNode(current)) {
      const kept = current.members.filter(
        (m) => !(ts.isPropertySignature(m) && isHiddenFrom(direction, m.type)),
      );
      const members = kept.map((m) => ts.visitEachChild(m, visit, undefined));
      return f.updateTypeLiteralNode(current, f.createNodeArray(members));
    }
    return ts.visitEachChild(current, visit, undefined);
  };
  return visit(node) as ts.TypeNode;
}

/** Lists the named schemas a type node refers to, directly. */
export function referencedSchemas(node: ts.Node): string[] {
  const names: string[] = [];
  const walk = (current: ts.Node): void => {
    const name = schemaReferenceName(current);
    if (name !== undefined) names.push(name);
    else ts.forEachChild(current, walk);
  };
  walk(node);
  return names;
}

/** Tells whether a type node carries a `$Read` or `$Write` marker anywhere. */
export function hasMarkers(node: ts.Node): boolean {
  let found = false;
  const walk = (current: ts.Node): void => {
    if (found) return;
    if (ts.isTypeNode(current) && markerOf(current) !== undefined) found = true;
    else ts.forEachChild(current, walk);
  };
  walk(node);
  return found;
}
