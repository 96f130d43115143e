import ts from "typescript";

/** The doc comments of openapi-typescript's root types, which it emits without one. */
export const ROOT_TYPE_DOCS: Readonly<Record<string, string>> = Object.freeze({
  paths: "Every path of Akeneo's API, with the operations each method offers.",
  operations: "Every operation of Akeneo's API by operationId: its parameters, body and answers.",
  components: "The named schemas, answers and parameters of Akeneo's API description.",
});

/** Gives the root interfaces (`paths`, `operations`, `components`) a doc comment each. */
export function documentRootTypes(nodes: readonly ts.Node[]): void {
  for (const node of nodes) {
    if (!ts.isInterfaceDeclaration(node)) continue;
    const doc = ROOT_TYPE_DOCS[node.name.text];
    if (doc === undefined) continue;
    ts.addSyntheticLeadingComment(node, ts.SyntaxKind.MultiLineCommentTrivia, `* ${doc} `, true);
  }
}
