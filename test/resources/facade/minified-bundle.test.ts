import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";

// The SDK as a minifying bundler ships it: every function renamed, so `Function.name` says
// nothing about which operation a generated endpoint function calls.
type BundledSdk = typeof import("../../../src/index.js");

let folder: string;
let sdk: BundledSdk;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "akeneo-minified-"));
  const bundled = await build({
    entryPoints: [join(__dirname, "../../../src/index.ts")],
    bundle: true,
    minify: true,
    format: "cjs",
    platform: "node",
    target: "node20",
    write: false,
    logLevel: "silent",
  });
  const file = join(folder, "sdk.cjs");
  await writeFile(file, bundled.outputFiles[0]?.text ?? "");
  sdk = require(file) as BundledSdk;
}, 60_000);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

function createRecordingClient(): {
  client: ReturnType<BundledSdk["createAkeneoClient"]>;
  paths: string[];
} {
  const paths: string[] = [];
  const fetch = async (input: Request, init?: RequestInit): Promise<Response> => {
    if (init?.signal?.aborted) throw init.signal.reason;
    paths.push(`${input.method} ${new URL(input.url).pathname}`);
    return Response.json({ identifier: "shoe", values: {} });
  };
  const client = sdk.createAkeneoClient({
    baseUrl: "https://pim.example.com",
    auth: { type: "app", token: "app-token" },
    fetch,
    retry: false,
    logLevel: "silent",
  });
  return { client, paths };
}

describe("facade methods in a minified bundle", () => {
  it("renames the SDK's functions (the premise of these tests)", () => {
    expect(sdk.createAkeneoClient.name).not.toBe("createAkeneoClient");
  });

  it("applies the call options after the query slot of products.get", async () => {
    const { client, paths } = createRecordingClient();
    const outcome = client.products.get("shoe", {}, { signal: AbortSignal.abort() });
    await expect(outcome).rejects.toMatchObject({ name: "AbortedError" });
    expect(paths).toEqual([]);
  });

  it("names the operation's path when an unpaged list answers something else", async () => {
    const { client } = createRecordingClient();
    await expect(client.assetAttributes.list("packshots")).rejects.toMatchObject({
      name: "InvalidPageError",
      listPath: "/api/rest/v1/asset-families/{asset_family_code}/attributes",
    });
  });
});
