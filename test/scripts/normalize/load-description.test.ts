import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { DescriptionError } from "../../../scripts/normalize/bundle-refs.js";
import { detectDialect, loadDescription } from "../../../scripts/normalize/load-description.js";
import { normalizeDescription } from "../../../scripts/normalize/normalize-description.js";
import { answerSchema, operationAt, TINY_NAMING, TINY_RULES, valueAt } from "./tiny-description.js";

let dir = "";

function write(name: string, text: string): string {
  const path = join(dir, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "load-description-"));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const WIDGET_YAML = `
type: object
properties:
  code:
    type: string
`;

describe("loadDescription", () => {
  it("reads an inlined Swagger 2.0 JSON file and resolves its local references", () => {
    const path = write(
      "widgets.json",
      JSON.stringify({
        swagger: "2.0",
        info: { title: "t", version: "1" },
        paths: {
          "/widgets": { get: { responses: { "200": { schema: { $ref: "#/definitions/W" } } } } },
        },
        definitions: { W: { type: "string" } },
      }),
    );
    const loaded = loadDescription(path);
    expect(loaded.dialect).toBe("swagger-2.0");
    expect(loaded.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(
      valueAt(operationAt(loaded.document, "/widgets", "get"), "responses/200/schema"),
    ).toEqual({
      type: "string",
    });
  });

  it("reads a YAML file", () => {
    const path = write(
      "widgets.yaml",
      `swagger: "2.0"\ninfo: { title: t, version: "1" }\npaths:\n  /widgets:\n    get:\n      responses: {}\n`,
    );
    const loaded = loadDescription(path);
    expect(loaded.dialect).toBe("swagger-2.0");
    expect(Object.keys(loaded.document.paths as object)).toEqual(["/widgets"]);
  });

  it("bundles split YAML with file references relative to each file and #/ references to the root", () => {
    const root = write(
      "api.yaml",
      [
        'swagger: "2.0"',
        "info: { title: t, version: '1' }",
        "paths:",
        "  /widgets:",
        "    $ref: ./resources/widgets/routes.yaml",
        "definitions:",
        "  Widget:",
        "    $ref: ./resources/widgets/widget.yaml",
        "",
      ].join("\n"),
    );
    write(
      "resources/widgets/routes.yaml",
      [
        "get:",
        "  responses:",
        "    '200':",
        "      schema:",
        "        $ref: '#/definitions/Widget'",
        "    '404':",
        "      schema:",
        "        $ref: ../errors.yaml#/NotFound",
        "",
      ].join("\n"),
    );
    write("resources/widgets/widget.yaml", WIDGET_YAML);
    write(
      "resources/errors.yaml",
      "NotFound:\n  type: object\n  properties:\n    code: { type: integer }\n",
    );
    const loaded = loadDescription(root);
    const get = operationAt(loaded.document, "/widgets", "get").responses;
    expect(valueAt(get, "200/schema")).toEqual({
      type: "object",
      properties: { code: { type: "string" } },
    });
    expect(valueAt(get, "404/schema/properties/code")).toEqual({ type: "integer" });
    expect(JSON.stringify(loaded.document)).not.toContain("$ref");
  });

  it("reports a missing file of a split description by its path", () => {
    const root = write(
      "api.yaml",
      "swagger: '2.0'\npaths:\n  /widgets:\n    $ref: ./missing/routes.yaml\n",
    );
    expect(() => loadDescription(root)).toThrow(DescriptionError);
    expect(() => loadDescription(root)).toThrow(/missing\/routes\.yaml: cannot read \(ENOENT\)/);
  });

  it("reads OpenAPI 3.0 and 3.1 documents", () => {
    const v30 = write("v30.json", JSON.stringify({ openapi: "3.0.3", paths: {} }));
    const v31 = write("v31.yaml", "openapi: 3.1.0\npaths: {}\n");
    expect(loadDescription(v30).dialect).toBe("openapi-3.0");
    expect(loadDescription(v31).dialect).toBe("openapi-3.1");
  });

  it("throws a DescriptionError naming a file that does not exist", () => {
    const path = join(dir, "nowhere.json");
    expect(() => loadDescription(path)).toThrow(DescriptionError);
    expect(() => loadDescription(path)).toThrow(`${path}: cannot read (ENOENT)`);
  });

  it("throws a DescriptionError for a folder", () => {
    expect(() => loadDescription(dir)).toThrow(`${dir}: not a file`);
  });

  it("throws a DescriptionError for a file that is not a description", () => {
    const path = write("package.json", JSON.stringify({ name: "not-an-api" }));
    expect(() => loadDescription(path)).toThrow(DescriptionError);
    expect(() => loadDescription(path)).toThrow('not an API description (no "paths" object)');
  });

  it("throws a DescriptionError for text that is neither JSON nor YAML", () => {
    const path = write("broken.json", '{ "swagger": "2.0", ');
    expect(() => loadDescription(path)).toThrow(/broken\.json: not JSON or YAML/);
  });

  it("throws a DescriptionError for an unsupported version", () => {
    const path = write("v4.json", JSON.stringify({ openapi: "4.0.0", paths: {} }));
    expect(() => loadDescription(path)).toThrow(
      "unsupported version (expected swagger 2.0 or openapi 3.x)",
    );
  });

  it("refuses a reference cycle with a clear message", () => {
    const path = write(
      "cycle.json",
      JSON.stringify({
        swagger: "2.0",
        paths: {},
        definitions: { A: { $ref: "#/definitions/A" } },
      }),
    );
    expect(() => loadDescription(path)).toThrow("circular reference #/definitions/A");
  });
});

describe("detectDialect", () => {
  it("rejects a swagger version other than 2.0", () => {
    expect(() => detectDialect({ swagger: "1.2", paths: {} }, "old.json")).toThrow(
      DescriptionError,
    );
  });
});

describe("normalizeDescription on OpenAPI 3 input", () => {
  it("turns OpenAPI 3.0 nullable into a null type", () => {
    const path = write(
      "v30.json",
      JSON.stringify({
        openapi: "3.0.3",
        info: { title: "t", version: "1" },
        paths: {
          "/widgets/{code}": {
            get: {
              operationId: "widgets_get",
              responses: {
                "200": {
                  description: "ok",
                  content: {
                    "application/json": {
                      schema: {
                        type: "object",
                        properties: { label: { type: "string", nullable: true } },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      }),
    );
    const { document } = normalizeDescription(loadDescription(path), TINY_RULES, TINY_NAMING);
    expect(valueAt(document, "components/schemas/Widget/properties/label")).toEqual({
      type: ["string", "null"],
    });
    expect(answerSchema(operationAt(document, "/widgets/{code}", "get"), "200")).toEqual({
      $ref: "#/components/schemas/Widget",
    });
  });

  it("keeps an OpenAPI 3.1 document's types as written", () => {
    const path = write(
      "v31.yaml",
      [
        "openapi: 3.1.0",
        "info: { title: t, version: '1' }",
        "paths:",
        "  /widgets/{code}:",
        "    get:",
        "      operationId: widgets_get",
        "      responses:",
        "        '200':",
        "          description: ok",
        "          content:",
        "            application/json:",
        "              schema:",
        "                type: object",
        "                properties:",
        "                  label: { type: [string, 'null'] }",
        "",
      ].join("\n"),
    );
    const { document, warnings } = normalizeDescription(
      loadDescription(path),
      TINY_RULES,
      TINY_NAMING,
    );
    expect(warnings).toEqual([]);
    expect(valueAt(document, "components/schemas/Widget/properties/label")).toEqual({
      type: ["string", "null"],
    });
  });
});
