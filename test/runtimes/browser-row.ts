import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SmokeReport, SmokeTarget } from "./smoke/smoke-suite.js";

/** What the matrix uses of playwright-core (installed beside the runtimes, not a dependency). */
interface BrowserDriver {
  chromium: {
    launchPersistentContext(
      userDataDir: string,
      options: { executablePath: string; headless: boolean; args: string[] },
    ): Promise<BrowserContext>;
  };
}
interface BrowserContext {
  newPage(): Promise<{
    goto(url: string): Promise<unknown>;
    evaluate<T>(script: string): Promise<T>;
  }>;
  close(): Promise<void>;
}

const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Runs the browser smoke bundle in headless Chromium, from a page served by a server of its own: the
 * SDK's calls to the emulator are cross-origin, so the emulator must answer CORS.
 */
export async function runBrowserRow(
  driverPath: string,
  chromiumPath: string,
  script: string,
  target: SmokeTarget,
): Promise<SmokeReport> {
  const server = await startPageServer(script);
  const profile = await mkdtemp(join(tmpdir(), "akeneo-chromium-"));
  const driver = require(driverPath) as BrowserDriver;
  let context: BrowserContext | undefined;
  try {
    context = await driver.chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      // The fresh profile folder goes to Chromium as --user-data-dir; playwright refuses it in args.
      args: CHROMIUM_FLAGS,
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/#${encodeURIComponent(JSON.stringify(target))}`);
    return await page.evaluate<SmokeReport>("globalThis.smokeReport");
  } finally {
    await context?.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
}

interface PageServer {
  readonly url: string;
  close(): Promise<void>;
}

async function startPageServer(script: string): Promise<PageServer> {
  const page =
    '<!doctype html><meta charset="utf-8"><script type="module" src="/smoke.js"></script>';
  const server = createServer((req, res) => {
    if (req.url === "/" || req.url?.startsWith("/#")) {
      res.writeHead(200, { "content-type": "text/html" }).end(page);
    } else if (req.url === "/smoke.js") {
      res.writeHead(200, { "content-type": "text/javascript" }).end(script);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => stop(server) };
}

function stop(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
