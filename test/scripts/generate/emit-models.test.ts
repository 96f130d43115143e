import { emitModels } from "../../../scripts/generate/emit-models.js";

const SCHEMA = `
export interface components {
    schemas: {
        Widget: {
            code: string;
            part?: components["schemas"]["Part"];
            created?: $Read<string>;
            secret?: $Write<string>;
        };
        Part: {
            size?: $Read<number>;
            name: string;
        };
        Plain: {
            label?: string;
        };
    };
}
export interface operations {
    post_widgets: {
        requestBody: {
            content: {
                "application/json": components["schemas"]["Widget"];
            };
        };
    };
    get_widget: {
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["Widget"];
                };
            };
            404: {
                content: {
                    "application/json": components["schemas"]["Plain"];
                };
            };
        };
    };
    download_widget: {
        responses: {
            200: {
                content: {
                    "application/octet-stream": Blob;
                };
            };
            404: {
                content: {
                    "application/json": components["schemas"]["Plain"];
                };
            };
        };
    };
    delete_widget: {
        responses: {
            204: {
                content?: never;
            };
            207: {
                content: {
                    "application/json": components["schemas"]["Plain"];
                };
            };
            401: {
                content?: never;
            };
            404: {
                content: {
                    "application/json": components["schemas"]["Plain"];
                };
            };
        };
    };
    patch_widget: {
        requestBody?: {
            content: {
                "application/json": {
                    code?: string;
                    created?: $Read<string>;
                };
            };
        };
    };
}
`;

function squash(text: string): string {
  return text.replace(/\s+/g, " ");
}

describe("emitModels", () => {
  const models = emitModels(SCHEMA);
  const text = squash(models.text);

  it("writes the read type without write-only properties and with markers unwrapped", () => {
    expect(text).toContain(
      "export interface Widget { code: string; part?: Part; created?: string; }",
    );
  });

  it("writes the write type without read-only properties and refers to write types", () => {
    expect(text).toContain(
      "export interface WidgetWrite { code: string; part?: PartWrite; secret?: string; }",
    );
    expect(text).toContain("export interface PartWrite { name: string; }");
  });

  it("aliases the write type of a schema that reads as it writes", () => {
    expect(text).toContain("export type PlainWrite = Plain;");
  });

  it("lists every read and write name in sorted order", () => {
    expect(models.names).toEqual([
      "Part",
      "PartWrite",
      "Plain",
      "PlainWrite",
      "Widget",
      "WidgetWrite",
    ]);
  });

  it("types each request body by its write side and says whether it may be left out", () => {
    expect(models.requestBodies.get("post_widgets")).toEqual({
      type: "WidgetWrite",
      optional: false,
    });
    const patch = models.requestBodies.get("patch_widget");
    expect(patch?.optional).toBe(true);
    expect(squash(patch?.type ?? "")).toBe("{ code?: string; }");
  });

  it("names the data and error of a JSON call by the read models, and skips non-JSON answers", () => {
    expect(models.jsonAnswers.get("get_widget")).toEqual({ data: "Widget", error: "Plain" });
    expect(models.jsonAnswers.has("download_widget")).toBe(false);
  });

  it("types a bodiless 2xx answer as undefined data and leaves bodiless errors out", () => {
    expect(models.jsonAnswers.get("delete_widget")).toEqual({
      data: "undefined | Plain",
      error: "Plain",
    });
  });

  it("names the error of every call whose error answers are JSON, streams included", () => {
    expect(models.errorAnswers.get("download_widget")).toBe("Plain");
    expect(models.errorAnswers.get("delete_widget")).toBe("Plain");
    expect(models.errorAnswers.has("post_widgets")).toBe(false);
  });
});
