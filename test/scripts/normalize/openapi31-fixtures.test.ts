import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dereferenceLocal } from "../../../scripts/normalize/bundle-refs.js";
import { isJsonObject, type JsonObject } from "../../../scripts/normalize/json-value.js";
import { loadDescription } from "../../../scripts/normalize/load-description.js";
import {
  type NormalizedDescription,
  normalizeDescription,
} from "../../../scripts/normalize/normalize-description.js";
import { COLLECTION_MEDIA_TYPE } from "../../../scripts/normalize/repairs/media-types.js";
import { TOKEN_PATH } from "../../../scripts/normalize/repairs/security.js";
import { validateDescription } from "../../../scripts/normalize/validate-description.js";
import { answerSchema, operationAt, TINY_NAMING, TINY_RULES, valueAt } from "./tiny-description.js";

// Small OpenAPI 3.1 documents of our own, one per trait of Akeneo's OpenAPI 3.1 file.
const FIXTURES = join(__dirname, "fixtures/openapi-3.1");
const RULES = { ...TINY_RULES, placeholderDefaults: ["no value"] };

function normalizeFixture(name: string): NormalizedDescription {
  return normalizeDescription(loadDescription(join(FIXTURES, name)), RULES, TINY_NAMING);
}

function contentOf(operation: JsonObject, at: string): JsonObject {
  const content = valueAt(operation, at);
  if (!isJsonObject(content)) throw new Error(`no content at ${at}`);
  return content;
}

/** The answer schema of GET /widgets/{code}, followed through the Widget reference the naming map makes. */
function widgetAnswer(document: JsonObject): unknown {
  const answer = answerSchema(operationAt(document, "/widgets/{code}", "get"), "200");
  const ref = valueAt(answer, "$ref");
  return typeof ref === "string" ? valueAt(document, ref.slice(2)) : answer;
}

async function errorsOf(document: JsonObject): Promise<string[]> {
  const problems = await validateDescription(document);
  return problems.filter((p) => p.severity === "error").map((p) => `${p.pointer}: ${p.message}`);
}

describe("normalizeDescription on OpenAPI 3.1 fixtures", () => {
  it.each([
    "refs-into-components.yaml",
    "security.yaml",
    "ndjson-bulk.yaml",
    "files.yaml",
    "nullability.yaml",
    "pattern-maps.yaml",
    "quirks.yaml",
    "openapi-3.0.json",
  ])("gives a valid OpenAPI 3.1 document from %s", async (name) => {
    expect(await errorsOf(normalizeFixture(name).document)).toEqual([]);
  });

  it("resolves $refs into components and keeps none of the description's components", () => {
    const { document } = normalizeFixture("refs-into-components.yaml");
    const get = operationAt(document, "/widgets/{code}", "get");
    expect(valueAt(widgetAnswer(document), "properties/family")).toEqual({
      type: ["null", "string"],
    });
    expect(valueAt(get, "parameters/0/name")).toBe("code");
    expect(valueAt(document, "components/responses")).toBeUndefined();
    expect(valueAt(document, "components/parameters")).toBeUndefined();
    expect(Object.keys(valueAt(document, "components/schemas") as object)).not.toContain("Code");
  });

  it("gives the same document from the fully inlined file as from the one with $refs", () => {
    const dir = mkdtempSync(join(tmpdir(), "openapi31-inlined-"));
    try {
      const withRefs = loadDescription(join(FIXTURES, "refs-into-components.yaml"));
      const inlinedPath = join(dir, "inlined.json");
      const { components: _components, ...inlined } = dereferenceLocal(
        withRefs.document,
        "x",
      ) as JsonObject;
      writeFileSync(inlinedPath, JSON.stringify(inlined));
      const fromInlined = normalizeDescription(loadDescription(inlinedPath), RULES, TINY_NAMING);
      expect(fromInlined.document).toEqual(normalizeFixture("refs-into-components.yaml").document);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("gives a renamed operation the operationId the naming map knows for its method and path", () => {
    const { document } = normalizeFixture("refs-into-components.yaml");
    const get = operationAt(document, "/widgets/{code}", "get");
    expect(get.operationId).toBe("widgets_get");
    expect(get["x-akeneo-source-operation-id"]).toBe("get_widget_by_code");
    expect(get.summary).toBe("Get widget");
  });

  it("authenticates with the SDK's bearer and basic schemes only", () => {
    const { document } = normalizeFixture("security.yaml");
    expect(Object.keys(valueAt(document, "components/securitySchemes") as object)).toEqual([
      "bearerAuth",
      "basicAuth",
    ]);
    expect(operationAt(document, TOKEN_PATH, "post").security).toEqual([{ basicAuth: [] }]);
    expect(operationAt(document, "/health", "get").security).toEqual([]);
    expect(operationAt(document, "/widgets/{code}", "get").security).toBeUndefined();
    expect(operationAt(document, "/catalogs", "get")["x-akeneo-app-token"]).toBe(true);
    expect(operationAt(document, TOKEN_PATH, "post").parameters).toBeUndefined();
  });

  it("types an NDJSON body as an array of its line schema and answers line results", () => {
    const { document } = normalizeFixture("ndjson-bulk.yaml");
    const patch = operationAt(document, "/widgets", "patch");
    const body = contentOf(patch, "requestBody/content")[COLLECTION_MEDIA_TYPE];
    expect(valueAt(body, "schema/type")).toBe("array");
    expect(valueAt(body, "schema/items/properties/code")).toEqual({ type: "string" });
    expect(answerSchema(patch, "200", COLLECTION_MEDIA_TYPE)).toEqual({
      $ref: "#/components/schemas/BulkLineResult",
    });
    expect(JSON.stringify(document)).not.toContain("x-body-by-line");
  });

  it("sends uploads as one multipart form and answers downloads as bytes of any type", () => {
    const { document } = normalizeFixture("files.yaml");
    const form = contentOf(operationAt(document, "/media-files", "post"), "requestBody/content");
    expect(valueAt(form["multipart/form-data"], "schema/properties")).toEqual({
      file: { type: "string", format: "binary" },
      product: { type: "string" },
      product_model: { type: "string" },
    });
    const download = operationAt(document, "/media-files/{code}/download", "get");
    expect(Object.keys(contentOf(download, "responses/200/content"))).toEqual(["*/*"]);
  });

  it("keeps type arrays and null enum members, and upgrades a nullable leftover", () => {
    const { document } = normalizeFixture("nullability.yaml");
    expect(valueAt(widgetAnswer(document), "properties")).toEqual({
      parent: { type: ["null", "string"] },
      status: { type: ["null", "string"], enum: [null, "draft", "ready"] },
      legacy: { type: ["string", "null"] },
    });
  });

  it("turns label, value and association patterns into maps and leaves other maps alone", () => {
    const { document } = normalizeFixture("pattern-maps.yaml");
    const answer = widgetAnswer(document);
    expect(valueAt(answer, "properties/labels")).toEqual({
      type: "object",
      additionalProperties: { type: ["null", "string"] },
    });
    expect(valueAt(answer, "properties/values/additionalProperties/type")).toBe("array");
    expect(valueAt(answer, "properties/associations/additionalProperties/properties")).toEqual({
      products: { type: "array", items: { type: "string" } },
    });
    expect(valueAt(answer, "properties/conversions")).toEqual({
      type: "object",
      additionalProperties: { type: "string" },
    });
    expect(JSON.stringify(document)).not.toContain("patternProperties");
  });

  it("repairs the quirks that remain in the 3.1 file", () => {
    const { document } = normalizeFixture("quirks.yaml");
    const list = operationAt(document, "/widgets", "get");
    expect(list["x-visibility"]).toBeUndefined();
    expect((list.parameters as JsonObject[]).map((p) => p.name)).toEqual([
      "search_after",
      "with_quality_scores",
    ]);
    expect(valueAt(list, "parameters/0/schema")).toEqual({ type: "string" });
    const item = valueAt(answerSchema(list, "200"), "properties/_embedded/properties/items/items");
    const properties = valueAt(item, "allOf/0/properties") ?? valueAt(item, "properties");
    expect(valueAt(properties, "updated")).toEqual({
      type: "string",
      format: "date-time",
      readOnly: true,
    });
    expect(valueAt(properties, "created")).toEqual({
      type: "string",
      format: "date-time",
      readOnly: true,
    });
    expect(valueAt(properties, "options")).toEqual({ type: "object", additionalProperties: true });
    expect(valueAt(properties, "scope/default")).toBeUndefined();
    expect(valueAt(properties, "with_quality_scores")).toEqual({ type: "boolean" });
    expect(valueAt(properties, "legacy/deprecated")).toBe(true);
    expect(valueAt(answerSchema(list, "200"), "properties/items_count")).toEqual({
      type: "integer",
    });
  });

  it("upgrades an OpenAPI 3.0 file: nullable, boolean bounds, examples left as recorded", () => {
    const { document } = normalizeFixture("openapi-3.0.json");
    const get = operationAt(document, "/widgets/{code}", "get");
    expect(valueAt(get, "parameters/1/schema")).toEqual({
      type: "integer",
      exclusiveMinimum: 0,
      maximum: 100,
    });
    expect(valueAt(widgetAnswer(document), "properties/parent")).toEqual({
      type: ["string", "null"],
    });
    const media = contentOf(get, "responses/200/content")["application/json"];
    expect(valueAt(media, "example")).toEqual({ code: "a", nullable: true });
  });
});
