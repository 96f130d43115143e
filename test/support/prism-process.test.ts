import { createServer } from "node:http";
import { resolve } from "node:path";
import { startPrism } from "./prism-process.js";
import { waitUntilAnswering } from "./wait-until-answering.js";

const ROOT_DIR = resolve(__dirname, "../..");

describe("startPrism", () => {
  test("fails with Prism's output when the description does not exist", async () => {
    const start = startPrism({
      rootDir: ROOT_DIR,
      command: ["mock", resolve(ROOT_DIR, "build/no-such-description.json")],
      startTimeoutMs: 15_000,
    });
    await expect(start).rejects.toThrow(
      /Prism failed to start on http:\/\/127\.0\.0\.1:\d+: Prism exited[\s\S]*--- Prism output ---\n\S/,
    );
  });
});

describe("waitUntilAnswering", () => {
  test("resolves once a server answers, whatever the status", async () => {
    const server = createServer((_request, response) => response.writeHead(404).end());
    await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
    const { port } = server.address() as { port: number };
    try {
      await expect(
        waitUntilAnswering(`http://127.0.0.1:${port}/`, { timeoutMs: 2_000, intervalMs: 20 }),
      ).resolves.toBeUndefined();
    } finally {
      await new Promise((closed) => server.close(closed));
    }
  });

  test("stops as soon as waiting is abandoned, with the reason", async () => {
    await expect(
      waitUntilAnswering("http://127.0.0.1:9/", {
        timeoutMs: 10_000,
        intervalMs: 20,
        abandoned: () => "the server exited",
      }),
    ).rejects.toThrow("the server exited");
  });
});
