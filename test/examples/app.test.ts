import { type ExampleApp, startExampleApp } from "../../examples/app/app-server.js";
import { type FakePim, startFakePim } from "../../src/testing/index.js";

const CLIENT = { clientId: "example-app", clientSecret: "example-app-secret" };

/** A browser reduced to what the flow needs: one cookie jar and redirects followed by hand. */
async function browse(
  startUrl: string,
  maxSteps = 5,
): Promise<{ status: number; text: string; visited: string[] }> {
  const cookies = new Map<string, string>();
  const visited: string[] = [];
  let url = startUrl;
  for (let step = 0; step < maxSteps; step += 1) {
    visited.push(url);
    const cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    const answer = await fetch(url, { redirect: "manual", headers: cookie ? { cookie } : {} });
    const setCookie = answer.headers.get("set-cookie");
    const pair = setCookie?.split(";")[0]?.split("=");
    if (pair?.[0] && pair[1]) cookies.set(pair[0], pair[1]);
    const location = answer.headers.get("location");
    if (answer.status !== 302 || location === null) {
      return { status: answer.status, text: await answer.text(), visited };
    }
    await answer.body?.cancel();
    url = new URL(location, url).toString();
  }
  throw new Error(`more than ${maxSteps} redirects`);
}

describe("the example App", () => {
  let pim: FakePim;
  let app: ExampleApp;
  beforeEach(async () => {
    pim = await startFakePim({ sampleCatalog: true });
    app = await startExampleApp({
      ...CLIENT,
      scopes: ["read_products", "openid", "profile", "email"],
    });
    pim.apps.register({
      clientId: CLIENT.clientId,
      secret: CLIENT.clientSecret,
      callbackUrl: `${app.url}/callback`,
    });
  });
  afterEach(async () => {
    await app.close();
    await pim.close();
  });

  it("is connected from the PIM, names the user and reads a product with its new token", async () => {
    const page = await browse(`${app.url}/activate?pim_url=${encodeURIComponent(pim.url)}`);
    expect(page.visited.map((u) => new URL(u).pathname)).toEqual([
      "/activate",
      "/connect/apps/v1/authorize",
      "/callback",
    ]);
    const { firstName, lastName, email } = pim.apps.user;
    expect(page).toMatchObject({ status: 200 });
    expect(page.text).toBe(
      `Connected by ${firstName} ${lastName} <${email}>. Scopes not granted: none. First product: ${
        pim.data.products()[0]?.identifier
      }`,
    );
    expect(pim.requestLog.count({ method: "GET", path: "/api/rest/v1/products" })).toBe(1);
  });

  it("refuses a callback from another browser (no session cookie)", async () => {
    const activation = await fetch(`${app.url}/activate?pim_url=${encodeURIComponent(pim.url)}`, {
      redirect: "manual",
    });
    const authorize = await fetch(activation.headers.get("location") ?? "", { redirect: "manual" });
    const callback = await fetch(authorize.headers.get("location") ?? "");
    expect(callback.status).toBe(400);
    expect(pim.apps.tokenExchangeCount()).toBe(0);
  });

  it("refuses a forged callback state with the SDK's typed error", async () => {
    const activation = await fetch(`${app.url}/activate?pim_url=${encodeURIComponent(pim.url)}`, {
      redirect: "manual",
    });
    const cookie = (activation.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const callback = await fetch(`${app.url}/callback?code=forged&state=forged`, {
      headers: { cookie },
    });
    expect(callback.status).toBe(400);
    expect(await callback.text()).toMatch(/^AppCallbackError: /);
    expect(pim.apps.tokenExchangeCount()).toBe(0);
  });

  it("refuses an activation whose pim_url carries credentials, sending nothing anywhere", async () => {
    const hostile = encodeURIComponent(`http://user:pass@127.0.0.1:${new URL(pim.url).port}`);
    const answer = await fetch(`${app.url}/activate?pim_url=${hostile}`, { redirect: "manual" });
    expect(answer.status).toBe(400);
    expect(answer.headers.get("location")).toBeNull();
    expect(await answer.text()).toMatch(
      /^InvalidArgumentError: pim_url must not carry credentials/,
    );
    expect(pim.requestLog.count()).toBe(0);
  });
});
