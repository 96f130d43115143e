import ts from "typescript";
import {
  documentRootTypes,
  ROOT_TYPE_DOCS,
} from "../../../scripts/generate/document-root-types.js";

function printDocumented(source: string): string {
  const file = ts.createSourceFile("schema.ts", source, ts.ScriptTarget.ES2022, true);
  documentRootTypes(file.statements);
  return ts.createPrinter().printFile(file);
}

describe("documentRootTypes", () => {
  it("gives paths, operations and components a doc comment each, and nothing else", () => {
    const text = printDocumented(
      "export interface paths {}\nexport interface operations {}\nexport interface components {}\nexport interface Thing {}\n",
    );
    for (const [name, doc] of Object.entries(ROOT_TYPE_DOCS)) {
      expect(text).toContain(`/** ${doc} */\nexport interface ${name} {`);
    }
    expect(text).toContain("}\nexport interface Thing {");
  });
});
