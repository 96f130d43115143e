import { createServer } from "node:net";

/** Asks the system for a port that is free on the loopback interface right now. */
export function findFreePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, host, () => {
      const address = server.address();
      server.close(() => {
        if (address !== null && typeof address === "object") resolve(address.port);
        else reject(new Error(`no port was assigned on ${host}`));
      });
    });
  });
}
