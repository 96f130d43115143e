import { parseCliArguments } from "../../src/testing/cli-arguments.js";
import { resolveFakePimOptions } from "../../src/testing/fake-pim-options.js";
import { DEFAULT_CLIENT, DEFAULT_USER, startFakePim } from "../../src/testing/index.js";
import { mergeResource } from "../../src/testing/writes/merge-patch.js";
import { call } from "./support/pim-calls.js";

describe("emulator setup", () => {
  it("documents its default credentials and token lifetime", () => {
    expect(DEFAULT_CLIENT).toEqual({ clientId: "demo-client", secret: "demo-secret" });
    expect(DEFAULT_USER).toEqual({ username: "admin", password: "admin" });
    const resolved = resolveFakePimOptions();
    expect(resolved.accessTokenLifetimeS).toBe(3600);
    expect(resolved.refreshTokenLifetimeS).toBe(14 * 86_400);
    expect(resolved.port).toBe(0);
  });

  it("refuses bad options, naming the field", () => {
    expect(() => resolveFakePimOptions({ port: -1 })).toThrow(/FakePimOptions\.port/);
    expect(() => resolveFakePimOptions({ accessTokenLifetimeS: 0 })).toThrow(
      /accessTokenLifetimeS/,
    );
    expect(() => resolveFakePimOptions({ publicUrl: "pim.example.com" })).toThrow(/publicUrl/);
  });

  it("listens on 127.0.0.1 and loads the sample catalog on request", async () => {
    const pim = await startFakePim({ sampleCatalog: true });
    try {
      expect(pim.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(pim.data.productCount()).toBe(20);
      expect(pim.data.records("families").map((f) => f.code)).toEqual([
        "tshirts",
        "shoes",
        "accessories",
      ]);
      expect(pim.data.records("reference-entity-records", "brand")).toHaveLength(3);
      const families = await call(pim, "/api/rest/v1/families?with_count=true");
      expect((families.json as { items_count: number }).items_count).toBe(3);
    } finally {
      await pim.close();
    }
  });

  it("starts empty without the sample catalog and isolates two emulators", async () => {
    const [a, b] = await Promise.all([startFakePim(), startFakePim()]);
    try {
      a.seed.products([{ identifier: "only-in-a" }]);
      expect(a.data.productCount()).toBe(1);
      expect(b.data.productCount()).toBe(0);
      expect((await call(b, "/api/rest/v1/products/only-in-a")).status).toBe(404);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it("reads the command-line arguments", () => {
    expect(parseCliArguments(["--port", "8080", "--sample"])).toEqual({
      options: { port: 8080, sampleCatalog: true },
      help: false,
    });
    expect(
      parseCliArguments(["--public-url", "https://p.example", "--token-lifetime", "5"]).options,
    ).toEqual({
      publicUrl: "https://p.example",
      accessTokenLifetimeS: 5,
    });
    expect(() => parseCliArguments(["--port"])).toThrow("--port needs a value");
    expect(() => parseCliArguments(["--port", "x"])).toThrow("whole number");
    expect(() => parseCliArguments(["--verbose"])).toThrow("Unknown argument --verbose");
  });

  it("merges PATCH bodies as Akeneo does: objects merge, arrays replace, values per slot", () => {
    const merged = mergeResource(
      {
        labels: { en_US: "Shoe", fr_FR: "Chaussure" },
        categories: ["a", "b"],
        values: {
          name: [
            { locale: "en_US", scope: null, data: "Old" },
            { locale: "fr_FR", scope: null, data: "Vieux" },
          ],
        },
      },
      {
        labels: { en_US: "Boot" },
        categories: ["c"],
        values: { name: [{ locale: "en_US", scope: null, data: "New" }] },
      },
    );
    expect(merged).toEqual({
      labels: { en_US: "Boot", fr_FR: "Chaussure" },
      categories: ["c"],
      values: {
        name: [
          { locale: "fr_FR", scope: null, data: "Vieux" },
          { locale: "en_US", scope: null, data: "New" },
        ],
      },
    });
  });
});
