import { OPERATIONS, type OperationInfo } from "../../generated/operations.js";
import { type FakePim, type FakePimMediaKind, startFakePim } from "../../src/testing/index.js";
import { createContractCoreClient } from "../support/contract-clients.js";
import { findEndpoint } from "./call-endpoint.js";
import { PRISM_UNVALIDATABLE_OPERATIONS } from "./prism-unvalidatable-operations.js";

// Parent items probed to find one whose sub-collection is not empty.
const MAX_PARENTS_PROBED = 20;
const ITEMS_PER_BATCH = 2;
const MEDIA_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const MEDIA_CODE = "a/b/c/d/0a1b2c3d_shoe.png";

const MEDIA_KIND_BY_OPERATION: Readonly<Record<string, FakePimMediaKind>> = {
  getMediaFile: "product",
  downloadMediaFile: "product",
  downloadAssetMediaFile: "asset",
  downloadCategoryMediaFile: "category",
  downloadReferenceEntityMediaFile: "reference-entity",
};

const coveredHere = OPERATIONS.filter(
  (info) => info.functionName in PRISM_UNVALIDATABLE_OPERATIONS,
);

async function readJson(pim: FakePim, path: string): Promise<Record<string, unknown>> {
  const core = clientFor(pim);
  const { data, response } = await core.api.GET(path as never, {} as never);
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
  return data as unknown as Record<string, unknown>;
}

function itemsOf(page: Record<string, unknown>): Record<string, unknown>[] {
  const embedded = page._embedded as { items?: Record<string, unknown>[] } | undefined;
  return embedded?.items ?? [];
}

function clientFor(pim: FakePim): ReturnType<typeof createContractCoreClient> {
  return createContractCoreClient(pim.url, globalThis.fetch, {
    type: "password",
    ...pim.credentials,
  });
}

/** Fills the path parameters with the codes of a parent whose sub-collection has items. */
async function findPathWithItems(
  pim: FakePim,
  path: string,
): Promise<{ path: Record<string, string>; items: Record<string, unknown>[] }> {
  const match = /^(.*)\/\{([^}]+)\}(\/.*)$/.exec(path);
  if (match === null) return { path: {}, items: itemsOf(await readJson(pim, path)) };
  const [, parentPath = "", name = "", childPath = ""] = match;
  const parents = itemsOf(await readJson(pim, `${parentPath}?limit=${MAX_PARENTS_PROBED}`));
  for (const parent of parents) {
    const code = String(parent.code);
    const items = itemsOf(await readJson(pim, `${parentPath}/${code}${childPath}`));
    if (items.length > 0) return { path: { [name]: code }, items };
  }
  throw new Error(`no item of ${parentPath} has items in ${childPath}`);
}

function withoutLinks(item: Record<string, unknown>): Record<string, unknown> {
  const { _links: _ignored, ...rest } = item;
  return rest;
}

/** Existing items sent back as they are, completed with new coded items up to a full batch. */
function buildBatch(items: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  const batch = items.slice(0, ITEMS_PER_BATCH).map(withoutLinks);
  const template = batch[0] ?? {};
  while (batch.length < ITEMS_PER_BATCH) {
    batch.push({ ...template, code: `contract_item_${batch.length + 1}` });
  }
  return batch;
}

async function readLines(stream: unknown): Promise<Record<string, unknown>[]> {
  const text = await new Response(stream as ReadableStream<Uint8Array>).text();
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

async function checkNdjsonUpsert(pim: FakePim, info: OperationInfo): Promise<void> {
  const found = await findPathWithItems(pim, info.path);
  const batch = buildBatch(found.items);
  const { data, response } = await findEndpoint(info.functionName)(clientFor(pim).api, {
    params: { path: found.path },
    body: batch,
  });
  expect(response.status).toBe(200);
  const lines = await readLines(data);
  expect(lines.map((line) => ({ line: line.line, status: line.status_code }))).toEqual(
    batch.map((_item, index) => ({ line: index + 1, status: expect.any(Number) })),
  );
  for (const line of lines) expect([201, 204]).toContain(line.status_code);
}

async function checkMediaRead(pim: FakePim, info: OperationInfo): Promise<void> {
  const kind = MEDIA_KIND_BY_OPERATION[info.functionName];
  if (kind === undefined) throw new Error(`${info.functionName} has no media kind`);
  const code = pim.seed.mediaFile(
    { code: MEDIA_CODE, filename: "shoe.png", contentType: "image/png", bytes: MEDIA_BYTES },
    kind,
  );
  const [name = "code"] = info.pathParameters;
  const { data, response } = await findEndpoint(info.functionName)(clientFor(pim).api, {
    params: { path: { [name]: code } },
  });
  expect(response.status).toBe(200);
  if (info.kind === "download") {
    const bytes = new Uint8Array(await new Response(data as ReadableStream).arrayBuffer());
    expect(bytes).toEqual(MEDIA_BYTES);
  } else {
    expect(data).toEqual(expect.objectContaining({ code: MEDIA_CODE }));
  }
}

describe("operations Prism cannot judge, against the emulator", () => {
  let pim: FakePim;

  beforeAll(async () => {
    pim = await startFakePim({ sampleCatalog: true });
  });

  afterAll(async () => {
    await pim.close();
  });

  test.each(coveredHere.map((info) => [info.functionName, info] as const))(
    "%s succeeds against the emulator",
    async (_name, info) => {
      if (info.batch === "ndjson") await checkNdjsonUpsert(pim, info);
      else await checkMediaRead(pim, info);
    },
  );
});
