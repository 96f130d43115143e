import { startFakePim } from "../../src/testing/index.js";
import { startExampleApp } from "./app-server.js";

// With AKENEO_APP_CLIENT_ID and AKENEO_APP_CLIENT_SECRET set, the App waits for a real PIM to
// activate it; without them, it registers itself with the emulator and prints a URL to open.
async function main(): Promise<void> {
  const clientId = process.env.AKENEO_APP_CLIENT_ID ?? "example-app";
  const clientSecret = process.env.AKENEO_APP_CLIENT_SECRET ?? "example-app-secret";
  const port = Number(process.env.PORT ?? 0);
  const app = await startExampleApp({
    clientId,
    clientSecret,
    port,
    scopes: ["read_products", "openid", "profile", "email"],
  });
  console.log(`Activation URL: ${app.url}/activate   Callback URL: ${app.url}/callback`);
  if (process.env.AKENEO_APP_CLIENT_ID === undefined) {
    const pim = await startFakePim({ sampleCatalog: true });
    pim.apps.register({ clientId, secret: clientSecret, callbackUrl: `${app.url}/callback` });
    console.log(`Emulated PIM at ${pim.url}; open in a browser:`);
    console.log(`${app.url}/activate?pim_url=${encodeURIComponent(pim.url)}`);
  }
  console.log("Ctrl-C stops.");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
