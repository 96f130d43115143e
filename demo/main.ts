import { randomUUID } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AkeneoPimClientBuilder, createFileTokenStore, createSearch } from "../src/node/index.js";
import { resolveDemoTarget } from "./demo-target.js";

/** A 1×1 PNG, small enough to read in a demo. */
const PIXEL_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYPj/HwADAgH/eL9GtQAAAABJRU5ErkJggg==",
  "base64",
);

function say(text: string): void {
  console.log(text);
}

/** 250 products for the bulk step; every 100th names a family that does not exist. */
async function* demoProducts(runId: string) {
  for (let i = 1; i <= 250; i += 1) {
    const family = i % 100 === 42 ? "no_such_family" : "accessories";
    yield {
      identifier: `demo-${runId}-${String(i).padStart(3, "0")}`,
      family,
      values: { name: [{ locale: "en_US", scope: null, data: `Demo accessory ${i}` }] },
    };
  }
}

async function main(): Promise<void> {
  const target = await resolveDemoTarget(process.env);
  const workDir = await mkdtemp(join(tmpdir(), "akeneo-demo-"));
  const tokenFile = join(workDir, "akeneo-token.json");
  const pim = target.emulator;
  try {
    say(pim ? `Emulator with the sample catalog at ${target.baseUrl}` : `PIM at ${target.baseUrl}`);

    say("\n1. Authenticate by password (the token pair is kept in a file)");
    const builder = new AkeneoPimClientBuilder(target.baseUrl, {
      tokenStore: createFileTokenStore(tokenFile),
    });
    const client = builder.buildAuthenticatedByPassword(
      target.clientId,
      target.secret,
      target.username,
      target.password,
    );
    await client.authenticate();
    say(`   access token ${client.getToken()?.slice(0, 8)}…, stored in ${tokenFile}`);

    say("\n2. List and filter: shoes, 2 per page, with the total count");
    const search = createSearch().where("family", "IN", ["shoes"]);
    const page = await client.products.listPerPage({ limit: 2, withCount: true, search });
    say(`   ${page.count} shoes; first page: ${page.items.map((p) => p.identifier).join(", ")}`);
    const next = await page.getNextPage();
    say(`   next page: ${next?.items.map((p) => p.identifier).join(", ")}`);

    say("\n3. Iterate every product (search_after, reading one page ahead)");
    let seen = 0;
    for await (const _product of client.products.all()) seen += 1;
    say(`   ${seen} products`);

    say("\n4. Bulk upsert 250 products from a generator (batches of 100, 4 in flight)");
    const run = client.products.upsertList(demoProducts(randomUUID().slice(0, 8)));
    for await (const result of run) {
      if (result.status === "failed")
        say(`   item ${result.index} (${result.code}): ${result.message}`);
    }
    const { total, created, updated, failed } = run.summary;
    say(`   summary: ${total} items, ${created} created, ${updated} updated, ${failed} failed`);

    say("\n5. Upload a picture for shoe-rain-boot, then download it");
    const picture = join(workDir, "rain-boot.png");
    await writeFile(picture, PIXEL_PNG);
    const code = await client.mediaFiles.upload(picture, {
      product: { identifier: "shoe-rain-boot", attribute: "picture", scope: null, locale: null },
    });
    say(`   media code ${code}`);
    const download = await client.mediaFiles.download(code);
    const copy = join(workDir, `downloaded-${download.fileName ?? "picture.png"}`);
    await download.downloadTo(copy);
    const same = Buffer.compare(await readFile(copy), PIXEL_PNG) === 0;
    say(
      `   downloaded ${download.contentType} to ${copy}: ${same ? "same bytes" : "DIFFERENT bytes"}`,
    );

    say("\n6. A second client from the stored token pair (no password needed)");
    const stored = JSON.parse(await readFile(tokenFile, "utf8")) as {
      accessToken: string;
      refreshToken: string;
    };
    const second = new AkeneoPimClientBuilder(target.baseUrl).buildAuthenticatedByToken(
      target.clientId,
      target.secret,
      stored.accessToken,
      stored.refreshToken,
    );
    const master = await second.getCategoryApi().get("master");
    say(`   getCategoryApi().get("master") → ${master.code}, with the stored token`);

    if (pim) {
      say("\n7. The access token expires: the next call renews it without an error");
      const before = client.getToken();
      const requestsBefore = pim.auth.tokenRequestCount();
      pim.expireAllTokens();
      const boot = await client.products.get("shoe-rain-boot");
      const renewed = pim.auth.tokenRequestCount() - requestsBefore;
      say(`   products.get("${boot.identifier}") answered; token requests: ${renewed}`);
      say(`   token ${before?.slice(0, 8)}… → ${client.getToken()?.slice(0, 8)}…`);
    } else {
      say("\n7. Token expiry is shown on the emulator only (a real PIM's tokens last an hour)");
    }
    say("\nDone.");
  } finally {
    await rm(workDir, { recursive: true, force: true });
    await target.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
  process.exitCode = 1;
});
