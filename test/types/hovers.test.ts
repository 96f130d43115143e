import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ts from "typescript";

const ROOT = resolve(__dirname, "../..");
const PROGRAM_TIMEOUT_MS = 120_000;

// What an editor shows on hover is the checker's `typeToString` of the declared variable.
const CONSUMER = `
import { createAkeneoClient } from "${join(ROOT, "src/index.ts")}";
import { getProduct } from "${join(ROOT, "src/endpoints/index.ts")}";
const client = createAkeneoClient({ baseUrl: "https://pim.example.com", auth: { type: "app", token: "t" } });
export async function hovers(): Promise<void> {
  const product = await client.products.get("x");
  for await (const item of client.products.all()) void item;
  const bound = (await client.endpoints.getProduct({ params: { path: { code: "x" } } })).data;
  const unbound = (await getProduct(client.raw, { params: { path: { code: "x" } } })).error;
  const raw = client.raw;
  void product; void bound; void unbound; void raw;
}
`;

function hoversOf(file: string): Map<string, string> {
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ["lib.es2023.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
    types: [],
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const shown = new Map<string, string>();
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) {
      shown.set(node.name.text, checker.typeToString(checker.getTypeAtLocation(node.name)));
    }
    ts.forEachChild(node, visit);
  };
  const source = program.getSourceFile(file);
  if (source !== undefined) visit(source);
  return shown;
}

describe("hovers over what the SDK returns", () => {
  const folder = mkdtempSync(join(tmpdir(), "akeneo-hovers-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it(
    "show the named read types and the opaque raw layer, not their expansions",
    () => {
      const file = join(folder, "consumer.ts");
      writeFileSync(file, CONSUMER);
      const shown = hoversOf(file);
      expect(shown.get("product")).toBe("Product");
      expect(shown.get("item")).toBe("ItemLinks & Product");
      expect(shown.get("bound")).toBe("Product | undefined");
      expect(shown.get("unbound")).toBe("ErrorBody | undefined");
      expect(shown.get("raw")).toBe("RawClient");
    },
    PROGRAM_TIMEOUT_MS,
  );
});
