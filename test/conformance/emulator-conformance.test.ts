import { type FakePim, startFakePim } from "../../src/testing/index.js";
import { ensureNormalizedDescription } from "../support/ensure-normalized-description.js";
import { findFreePort } from "../support/find-free-port.js";
import { type PrismProcess, startPrism } from "../support/prism-process.js";
import {
  judgeAnswer,
  type ProxiedAnswer,
  type ProxiedRequest,
  sendThroughProxy,
} from "./proxied-call.js";
import { SAMPLE_READS, SEARCH_AFTER_WALKS } from "./sample-reads.js";
import { WRITE_SCENARIOS } from "./sample-writes.js";

// Sends a sample of the emulator's traffic through `prism proxy --errors` on the normalized
// description and expects no violation on any exchange.
//
// Traffic Prism cannot judge, covered against the emulator directly in test/testing:
// - NDJSON upsert lists (PATCH /products, /products-uuid, /product-models, /categories,
//   /attributes, /attributes/{attribute_code}/options, /attribute-groups, /families,
//   /families/{family_code}/variants, /channels, /association-types, /assets, /asset-categories):
//   Prism JSON-parses every +json body, so several lines never reach the emulator (400 invalid_json).
// - Media codes with literal slashes (GET /media-files/{code}, /media-files/{code}/download,
//   /asset-media-files/{code}, /reference-entities-media-files/{code},
//   /category-media-files/{file_path}/download): no Prism route matches several segments; the
//   suite sends the same codes with %2F-encoded slashes, which the emulator accepts as well.
// - Requests that break the description (no bearer token, no token body, a wrong Content-Type,
//   limit outside 1-100, a body without a required property): with --errors Prism answers them
//   itself, so the emulator's 400/401/415/422 for them never meets the response check.
// - Fault injections (429, 5xx, resets, slow answers, the proxy-style error page): they play
//   broken infrastructure on purpose.

const ROOT_DIR = `${__dirname}/../..`;
const API = "/api/rest/v1";
const PRISM_START_TIMEOUT_MS = 30_000;
const MAX_PAGES_PER_WALK = 12;

let pim: FakePim;
let prism: PrismProcess;
let bearer: Record<string, string> = {};

beforeAll(async () => {
  const specPath = ensureNormalizedDescription(ROOT_DIR);
  const port = await findFreePort();
  // Links and Location headers then name the proxy, so following them stays under Prism's eye.
  pim = await startFakePim({
    sampleCatalog: true,
    publicUrl: `http://127.0.0.1:${port}`,
    searchAfterOnlyPageSize: 1,
  });
  // With --errors, Prism refuses a request that breaks the description and turns an answer that
  // breaks it into a 500, listing the violations in `sl-violations`.
  prism = await startPrism({
    rootDir: ROOT_DIR,
    command: ["proxy", specPath, pim.url, "--errors"],
    port,
    startTimeoutMs: PRISM_START_TIMEOUT_MS,
  });
  // If jest dies before afterAll, Prism must not outlive it.
  process.once("exit", prism.killNow);
  bearer = { authorization: `Bearer ${pim.auth.issueTokens().accessToken}` };
}, PRISM_START_TIMEOUT_MS + 10_000);

afterAll(async () => {
  await prism?.stop();
  if (prism !== undefined) process.removeListener("exit", prism.killNow);
  await pim?.close();
  if (prism !== undefined) expect(isRunning(prism.pid)).toBe(false);
});

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function send(request: ProxiedRequest, token = bearer): Promise<ProxiedAnswer> {
  return sendThroughProxy(prism.url, { ...request, headers: { ...token, ...request.headers } });
}

/** Asserts the emulator answered `status` and Prism found nothing wrong with the exchange. */
function expectConforming(answer: ProxiedAnswer, status: number): void {
  expect(judgeAnswer(answer)).toEqual({ status, answeredBy: "emulator", violations: [] });
}

function basicAuth(secret = pim.credentials.secret): Record<string, string> {
  const pair = `${pim.credentials.clientId}:${secret}`;
  return { authorization: `Basic ${Buffer.from(pair).toString("base64")}` };
}

function requestToken(body: Record<string, string>, form = false, secret?: string) {
  const request: ProxiedRequest = form
    ? {
        method: "POST",
        path: "/api/oauth/v1/token",
        body: new URLSearchParams(body).toString(),
        headers: { "content-type": "application/x-www-form-urlencoded" },
      }
    : { method: "POST", path: "/api/oauth/v1/token", body };
  return send(request, basicAuth(secret));
}

/** Turns an absolute link of the emulator (which names the proxy) into a path for `send`. */
function pathOf(href: string): string {
  const url = new URL(href);
  expect(url.origin).toBe(prism.url);
  return `${url.pathname}${url.search}`;
}

describe("emulator conformance through prism proxy", () => {
  describe("token endpoint", () => {
    test.each([false, true])("password then refresh grant (form body: %s)", async (form) => {
      const { username, password } = pim.credentials;
      const first = await requestToken({ grant_type: "password", username, password }, form);
      expectConforming(first, 200);
      const refresh_token = (first.json as { refresh_token: string }).refresh_token;
      const second = await requestToken({ grant_type: "refresh_token", refresh_token }, form);
      expectConforming(second, 200);
      const reused = await requestToken({ grant_type: "refresh_token", refresh_token }, form);
      expectConforming(reused, 422);
    });

    test("wrong secret and wrong password answer 422", async () => {
      const { username, password } = pim.credentials;
      const grant = { grant_type: "password", username };
      expectConforming(await requestToken({ ...grant, password }, false, "wrong"), 422);
      expectConforming(await requestToken({ ...grant, password: "wrong" }), 422);
    });

    test("an unknown bearer token answers 401", async () => {
      const answer = await send({ path: `${API}/products` }, { authorization: "Bearer unknown" });
      expectConforming(answer, 401);
    });
  });

  describe("reads", () => {
    test.each(SAMPLE_READS)("$name", async ({ path, status }) => {
      expectConforming(await send({ path }), status);
    });

    test.each(SEARCH_AFTER_WALKS)("walks $name along next links", async ({ path, status }) => {
      let next: string | undefined = path;
      let pages = 0;
      while (next !== undefined && pages < MAX_PAGES_PER_WALK) {
        const answer = await send({ path: next });
        expectConforming(answer, status);
        const href = (answer.json as { _links?: { next?: { href: string } } })._links?.next?.href;
        next = href === undefined ? undefined : pathOf(href);
        pages += 1;
      }
      expect(next).toBeUndefined();
      expect(pages).toBeGreaterThan(1);
    });
  });

  describe("writes", () => {
    test.each(WRITE_SCENARIOS)("$name", async ({ steps }) => {
      for (const { method, path, body, status } of steps) {
        expectConforming(await send({ method, path, body }), status);
      }
    });
  });

  describe("JSON-array upsert lists", () => {
    test("reference entity records: created, updated and refused lines", async () => {
      const answer = await send({
        method: "PATCH",
        path: `${API}/reference-entities/brand/records`,
        body: [
          { code: "umbrella", values: { country: [{ locale: null, data: "FR" }] } },
          { code: "acme", values: {} },
          { code: "", values: {} },
        ],
      });
      expectConforming(answer, 200);
      expect(answer.json).toMatchObject([
        { status_code: 201 },
        { status_code: 204 },
        { status_code: 422 },
      ]);
    });

    test("assets: created, updated and refused lines", async () => {
      const answer = await send({
        method: "PATCH",
        path: `${API}/asset-families/packshots/assets`,
        body: [
          { code: "watch_front", values: {} },
          { code: "cap_front", values: {} },
          { code: "" },
        ],
      });
      expectConforming(answer, 200);
      expect(answer.json).toMatchObject([
        { status_code: 201 },
        { status_code: 204 },
        { status_code: 422 },
      ]);
    });

    test("measurement families: a created and a refused line", async () => {
      const meter = { code: "METER", symbol: "m" };
      const units = {
        METER: { ...meter, convert_from_standard: [{ operator: "mul", value: "1" }] },
      };
      const answer = await send({
        method: "PATCH",
        path: `${API}/measurement-families`,
        body: [
          { code: "Length", standard_unit_code: "METER", units },
          { code: "Broken", standard_unit_code: "INCH", units },
        ],
      });
      expectConforming(answer, 200);
      expect(answer.json).toMatchObject([{ status_code: 201 }, { status_code: 422 }]);
    });
  });

  describe("media files", () => {
    // Prism reads multipart bodies and answers as text, so the files are ASCII.
    const file = (type: string) => new Blob(["conformance file\n"], { type });
    const form = (parts: Record<string, string>, type = "application/octet-stream") => {
      const body = new FormData();
      for (const [key, value] of Object.entries(parts)) body.append(key, value);
      body.append("file", file(type), "file.bin");
      return body;
    };
    const encoded = (code: string) => encodeURIComponent(code);

    test("product media: upload, list, get and download", async () => {
      const owner = { identifier: "acc-cap", attribute: "picture", scope: null, locale: null };
      const upload = await send({
        method: "POST",
        path: `${API}/media-files`,
        body: form({ product: JSON.stringify(owner) }),
      });
      expectConforming(upload, 201);
      const location = upload.headers.get("location") ?? "";
      const code = decodeURIComponent(location.slice(`${prism.url}${API}/media-files/`.length));
      expect(code).toMatch(/^\w\/\w\/\w\/\w\/\w+_file\.bin$/);
      expectConforming(await send({ path: `${API}/media-files?with_count=true` }), 200);
      expectConforming(await send({ path: `${API}/media-files/${encoded(code)}` }), 200);
      const download = await send({ path: `${API}/media-files/${encoded(code)}/download` });
      expectConforming(download, 200);
      expect(download.text).toBe("conformance file\n");
    });

    test("product model media upload; an upload without owner answers 422", async () => {
      const owner = { code: "tshirt-classic", attribute: "picture", scope: null, locale: null };
      const body = form({ product_model: JSON.stringify(owner) });
      expectConforming(await send({ method: "POST", path: `${API}/media-files`, body }), 201);
      const orphan = await send({ method: "POST", path: `${API}/media-files`, body: form({}) });
      expectConforming(orphan, 422);
    });

    test.each([
      ["asset", "asset-media-files", "asset-media-file-code", ""],
      [
        "reference entity",
        "reference-entities-media-files",
        "reference-entities-media-file-code",
        "",
      ],
      ["category", "category-media-files", undefined, "/download"],
    ])("%s media: upload and download", async (_kind, collection, codeHeader, suffix) => {
      const upload = await send({ method: "POST", path: `${API}/${collection}`, body: form({}) });
      expectConforming(upload, 201);
      const location = upload.headers.get("location") ?? "";
      const code =
        codeHeader === undefined
          ? decodeURIComponent(
              location.slice(`${prism.url}${API}/${collection}/`.length, -suffix.length),
            )
          : (upload.headers.get(codeHeader) ?? "");
      expect(code).toMatch(/_file\.bin$/);
      const download = await send({ path: `${API}/${collection}/${encoded(code)}${suffix}` });
      expectConforming(download, 200);
      expect(download.text).toBe("conformance file\n");
    });
  });

  describe("errors", () => {
    test.each([
      ["unknown product", `${API}/products/nope`, 404],
      ["unknown family", `${API}/families/nope`, 404],
      ["unknown record", `${API}/reference-entities/brand/records/nope`, 404],
      ["unknown asset", `${API}/asset-families/packshots/assets/nope`, 404],
      ["unknown media file", `${API}/media-files/nope`, 404],
      [
        "unsupported search operator",
        `${API}/products?search=${encodeURIComponent('{"family":[{"operator":"BOGUS","value":["x"]}]}')}`,
        422,
      ],
    ])("%s", async (_name, path, status) => {
      expectConforming(await send({ path }), status);
    });

    test("deleting an unknown product answers 404", async () => {
      expectConforming(await send({ method: "DELETE", path: `${API}/products/nope` }), 404);
    });

    test("an Accept other than JSON answers 406", async () => {
      const answer = await send({
        path: `${API}/products`,
        headers: { accept: "application/xml" },
      });
      expectConforming(answer, 406);
    });

    test.each([
      ["a duplicate create", "POST", `${API}/products`, { identifier: "acc-cap" }],
      [
        "an unknown family",
        "PATCH",
        `${API}/products/acc-cap`,
        { identifier: "acc-cap", family: "nope" },
      ],
      [
        "a key that differs from the URL",
        "PATCH",
        `${API}/products/acc-cap`,
        { identifier: "acc-hat" },
      ],
      [
        "an unknown property",
        "PATCH",
        `${API}/families/shoes`,
        { code: "shoes", attribute_as_label: "name", colour: 1 },
      ],
    ])("%s answers 422", async (_name, method, path, body) => {
      expectConforming(await send({ method, path, body }), 422);
    });
  });

  // Each case below was refused by a defect of Akeneo's description, which a repair now mends:
  // they pin those repairs against a server that answers what Akeneo answers.
  describe("cases that need the description's repairs", () => {
    test("a record answers channel null for a value without channel", async () => {
      expectConforming(await send({ path: `${API}/reference-entities/brand/records/acme` }), 200);
    });

    test("JSON-array upserts accept values with channel null", async () => {
      const value = [{ locale: null, channel: null, data: "FR" }];
      const answer = await send({
        method: "PATCH",
        path: `${API}/reference-entities/brand/records`,
        body: [{ code: "acme", values: { country: value } }],
      });
      expectConforming(answer, 200);
    });

    test("a download answers the file's own content type", async () => {
      const body = new FormData();
      body.append("file", new Blob(["plain text\n"], { type: "text/plain" }), "notes.txt");
      const upload = await send({ method: "POST", path: `${API}/asset-media-files`, body });
      const code = encodeURIComponent(upload.headers.get("asset-media-file-code") ?? "");
      expectConforming(await send({ path: `${API}/asset-media-files/${code}` }), 200);
    });

    test("a search that is not JSON answers 400", async () => {
      expectConforming(await send({ path: `${API}/products?search=not-json` }), 400);
    });

    test.each([
      ["records of an unknown reference entity", `${API}/reference-entities/nope/records`],
      ["variants of an unknown family", `${API}/families/nope/variants`],
    ])("the list of %s answers 404", async (_name, path) => {
      expectConforming(await send({ path }), 404);
    });

    test("a new asset family's text attribute has no media type", async () => {
      const body = { code: "manuals", labels: { en_US: "Manuals" } };
      await send({ method: "PATCH", path: `${API}/asset-families/manuals`, body });
      expectConforming(await send({ path: `${API}/asset-families/manuals/attributes` }), 200);
    });

    test("a partial upsert names neither the key nor the other properties", async () => {
      const answer = await send({
        method: "PATCH",
        path: `${API}/products/acc-cap`,
        body: { enabled: false },
      });
      expectConforming(answer, 204);
    });
  });
});
