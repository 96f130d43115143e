import type * as Sdk from "../../../src/index.js";

/** The SDK as the smoke suite uses it: the root entry of the built package, handed in by the runtime's entry. */
export type SmokeSdk = Pick<
  typeof Sdk,
  "createAkeneoClient" | "isNotFoundError" | "isAkeneoError" | "isAkeneoApiError"
>;

/** Where and how the smoke suite reaches the emulator. */
export interface SmokeTarget {
  readonly baseUrl: string;
  readonly credentials: {
    readonly clientId: string;
    readonly secret: string;
    readonly username: string;
    readonly password: string;
  };
  /** An app token the emulator accepts. */
  readonly appToken: string;
  /** How many products the emulator holds before the suite writes any. */
  readonly productCount: number;
  /** A product that has a `picture` attribute (media files are uploaded for it). */
  readonly productIdentifier: string;
}

/** The outcome of one check. */
export interface SmokeCheck {
  readonly name: string;
  readonly ok: boolean;
  /** What was seen, or the error's name and message. */
  readonly detail: string;
}

/** Every check's outcome, in order. */
export interface SmokeReport {
  readonly checks: readonly SmokeCheck[];
}

const UPSERT_COUNT = 250;
const PAGE_SIZE = 7;
const MEDIA_BYTES = [137, 80, 78, 71, 13, 10, 26, 10, 0, 255, 1, 2, 3];

/** Runs the same calls on any runtime; a check that throws fails alone and the others still run. */
export async function runSmokeSuite(sdk: SmokeSdk, target: SmokeTarget): Promise<SmokeReport> {
  const password = sdk.createAkeneoClient({
    baseUrl: target.baseUrl,
    auth: { type: "password", ...target.credentials },
  });
  const app = sdk.createAkeneoClient({
    baseUrl: target.baseUrl,
    auth: { type: "app", token: target.appToken },
  });
  type Client = typeof password;
  const steps: [string, (client: Client) => Promise<string>][] = [
    ["password: products.get", (c) => getProduct(c, target.productIdentifier)],
    ["app token: products.get", () => getProduct(app, target.productIdentifier)],
    ["all() across pages", (c) => countAcrossPages(c, target.productCount)],
    [`upsertList of ${UPSERT_COUNT}`, (c) => upsertMany(c)],
    ["media: upload a Blob, download it", (c) => roundTripMedia(c, target.productIdentifier)],
    ["404 and its guards", (c) => expectNotFound(sdk, c)],
  ];
  const checks: SmokeCheck[] = [];
  for (const [name, step] of steps) {
    try {
      checks.push({ name, ok: true, detail: await step(password) });
    } catch (error) {
      checks.push({ name, ok: false, detail: describeError(error) });
    }
  }
  return { checks };
}

type SmokeClient = Sdk.AkeneoClient;

async function getProduct(client: SmokeClient, identifier: string): Promise<string> {
  const product = await client.products.get(identifier);
  expect(product.identifier === identifier, `got ${product.identifier}, want ${identifier}`);
  return product.identifier ?? "";
}

async function countAcrossPages(client: SmokeClient, expected: number): Promise<string> {
  let count = 0;
  for await (const product of client.products.all({ limit: PAGE_SIZE })) {
    if (product.identifier !== undefined) count += 1;
  }
  expect(count === expected, `${count} products, want ${expected}`);
  return `${count} products in pages of ${PAGE_SIZE}`;
}

async function upsertMany(client: SmokeClient): Promise<string> {
  const items = Array.from({ length: UPSERT_COUNT }, (_, i) => ({ identifier: `smoke-${i}` }));
  const run = client.products.upsertList(items);
  let results = 0;
  for await (const result of run) {
    expect(
      result.status === "created",
      `item ${result.index}: ${result.status} ${"message" in result ? result.message : ""}`,
    );
    results += 1;
  }
  expect(results === UPSERT_COUNT, `${results} results, want ${UPSERT_COUNT}`);
  return `${run.summary.created} created`;
}

async function roundTripMedia(client: SmokeClient, identifier: string): Promise<string> {
  const sent = new Uint8Array(MEDIA_BYTES);
  const code = await client.mediaFiles.upload(
    new Blob([sent], { type: "image/png" }),
    { product: { identifier, attribute: "picture", scope: null, locale: null } },
    { fileName: "smoke.png" },
  );
  const download = await client.mediaFiles.download(code);
  const received = new Uint8Array(await new Response(download.stream).arrayBuffer());
  expect(
    received.length === sent.length && received.every((byte, i) => byte === sent[i]),
    `downloaded ${received.length} bytes that differ from the ${sent.length} sent`,
  );
  return `${received.length} bytes back, ${download.contentType ?? "no content type"}`;
}

async function expectNotFound(sdk: SmokeSdk, client: SmokeClient): Promise<string> {
  try {
    await client.products.get("smoke-no-such-product");
  } catch (error) {
    expect(
      sdk.isNotFoundError(error) && sdk.isAkeneoApiError(error) && sdk.isAkeneoError(error),
      `not recognised by the guards: ${describeError(error)}`,
    );
    return `${error.status} recognised by isNotFoundError`;
  }
  throw new Error("a missing product was answered");
}

function expect(condition: boolean, failure: string): asserts condition {
  if (!condition) throw new Error(failure);
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
