import { ABSENT_FACADE_METHODS, FACADE_OPERATIONS } from "../../generated/facade-operations.js";
import { OPERATIONS } from "../../generated/operations.js";
import { createAkeneoClient } from "../../src/akeneo-client.js";
import { PHP_ACCESSOR_NAMES } from "../../src/resources/php-accessors.js";
import { createScriptedPimFetch } from "./scripted-pim-fetch.js";

const BASE_URL = "http://127.0.0.1:9";
const FACADE_OPERATION_COUNT = Object.keys(FACADE_OPERATIONS).length;

function createClient(auth: "app" | "password" = "app") {
  const scripted = createScriptedPimFetch();
  const client = createAkeneoClient({
    baseUrl: BASE_URL,
    auth:
      auth === "app"
        ? { type: "app", token: "app-token" }
        : { type: "password", clientId: "c", secret: "s", username: "u", password: "p" },
    fetch: scripted.fetch,
    retry: false,
    logLevel: "error",
  });
  return { client, seen: scripted.seen };
}

function resolveMethod(root: unknown, dotted: string): (...args: unknown[]) => unknown {
  const parts = dotted.split(".");
  let owner: unknown = root;
  for (const part of parts.slice(0, -1)) owner = (owner as Record<string, unknown>)[part];
  const method = (owner as Record<string, unknown>)[parts.at(-1)!];
  if (typeof method !== "function") throw new Error(`${dotted} is not a function`);
  return (...args: unknown[]) => (method as (...a: unknown[]) => unknown)(...args);
}

// Path parameters get values with a slash where media codes and identifiers allow one.
function codeFor(name: string): string {
  return name === "code" || name === "file_path" ? `x-${name}/part` : `x-${name}`;
}

function argumentsFor(operation: (typeof OPERATIONS)[number]): unknown[] {
  const codes = operation.pathParameters.map(codeFor);
  switch (operation.facade) {
    case "uuidProducts.searchPerPage":
      return [{ search: { enabled: [{ operator: "=", value: true }] } }];
    case "workflowExecutions.start":
      return [[{ workflow: { uuid: "w" }, product: { uuid: "p" } }]];
    case "mediaFiles.upload":
      return [
        new Blob(["bytes"]),
        { product: { identifier: "p", attribute: "picture", scope: null, locale: null } },
      ];
  }
  switch (operation.kind) {
    case "create":
    case "upsert":
      return [...codes, { code: "c" }];
    case "upsertList":
      return [...codes, [{ code: "c" }]];
    case "upload":
      return [...codes, new Blob(["bytes"])];
    case "action":
      return operation.requestMediaType === null ? codes : [...codes, { name: "n" }];
    default:
      return codes;
  }
}

async function settle(result: unknown): Promise<void> {
  const value = await result;
  if (value && typeof value === "object" && "collect" in value) {
    await (value as { collect: () => Promise<unknown> }).collect();
  }
}

function expectedPath(operation: (typeof OPERATIONS)[number]): string {
  return operation.path.replace(/\{([^}]+)\}/g, (_match, name: string) => codeFor(name));
}

/** The facade method of an operation, as the generated table names it. */
function facadeOf(operation: (typeof OPERATIONS)[number]): string {
  if (operation.facade === null) throw new Error(`${operation.operationId} has no facade method`);
  return operation.facade;
}

describe("facade coverage of the operation table", () => {
  it("gives every operation of the table a facade method, each its own", () => {
    const facades = OPERATIONS.map(facadeOf);
    expect(new Set(facades).size).toBe(OPERATIONS.length);
    expect(FACADE_OPERATION_COUNT).toBe(OPERATIONS.length);
  });

  it("leaves out every facade calling an operation the description lacks, and only those", () => {
    const { client } = createClient();
    const memberOf = (method: string) => method.split(".")[0] ?? method;
    const absent = new Set((ABSENT_FACADE_METHODS as readonly string[]).map(memberOf));
    for (const facade of absent) expect(Object.keys(client)).not.toContain(facade);
    for (const method of Object.keys(FACADE_OPERATIONS)) {
      expect(absent.has(memberOf(method))).toBe(false);
    }
  });

  it("names methods that exist on the client", () => {
    const { client } = createClient();
    for (const operation of OPERATIONS) {
      expect(() => resolveMethod(client, facadeOf(operation))).not.toThrow();
    }
  });

  it.each(
    OPERATIONS.filter((operation) => operation.kind !== "token").map((operation) => [
      operation.operationId,
      operation,
    ]),
  )("reaches %s with the right method and path", async (_id, operation) => {
    const { client, seen } = createClient();
    const method = resolveMethod(client, facadeOf(operation));
    await settle(method(...argumentsFor(operation)));
    expect(seen.map((request) => `${request.method} ${request.path}`)).toEqual([
      `${operation.method} ${expectedPath(operation)}`,
    ]);
  });

  it("reaches the token operation through authenticate()", async () => {
    const { client, seen } = createClient("password");
    const token = OPERATIONS.find((operation) => operation.kind === "token")!;
    await resolveMethod(client, facadeOf(token))();
    expect(seen.map((request) => `${request.method} ${request.path}`)).toEqual([
      `${token.method} ${token.path}`,
    ]);
    expect(client.getToken()).toBe("t1");
  });
});

describe("PHP accessors", () => {
  const PHP_METHODS: Record<string, string[]> = {
    getProductApi: [
      "get",
      "listPerPage",
      "all",
      "create",
      "upsert",
      "upsertAsync",
      "upsertList",
      "upsertAsyncList",
      "delete",
    ],
    getProductDraftApi: ["get", "submitForApproval"],
    getProductDraftUuidApi: ["get", "submitForApproval"],
    getProductModelDraftApi: ["get", "submitForApproval"],
    getCategoryApi: ["get", "listPerPage", "all", "create", "upsert", "upsertList"],
    getCategoryMediaFileApi: ["download"],
    getProductMediaFileApi: ["get", "listPerPage", "all", "create", "download"],
    getAssetManagerApi: ["get", "all", "upsert", "upsertList", "delete"],
    getAppCatalogProductApi: ["all"],
    getSystemInformationApi: ["get"],
  };

  it("offers exactly the 39 accessors of the PHP client", () => {
    const { client } = createClient();
    expect(new Set(PHP_ACCESSOR_NAMES).size).toBe(39);
    for (const name of PHP_ACCESSOR_NAMES) expect(typeof client[name]).toBe("function");
  });

  it.each(Object.entries(PHP_METHODS))(
    "%s returns an object with the PHP methods",
    (name, methods) => {
      const { client } = createClient();
      const api = (client as unknown as Record<string, () => Record<string, unknown>>)[name]!();
      for (const method of methods) expect(typeof api[method]).toBe("function");
    },
  );

  it("returns the same PHP-shaped API on every call, apart from the facade", () => {
    const { client } = createClient();
    expect(client.getProductApi()).toBe(client.getProductApi());
    expect(client.getProductApi()).not.toBe(client.products);
    expect(client.getAssetManagerApi()).toBe(client.getAssetManagerApi());
  });

  it("translates the PHP example getCategoryApi()->get('master')", async () => {
    const { client, seen } = createClient();
    await client.getCategoryApi().get("master");
    expect(seen[0]?.path).toBe("/api/rest/v1/categories/master");
  });
});
