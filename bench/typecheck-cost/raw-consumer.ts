// The same consumer, plus one call through the typed raw layer (`akeneo-pim-sdk/raw`): what a project
// pays once it imports openapi-fetch's types.
import { rawClientOf } from "akeneo-pim-sdk/raw";
import { run } from "./consumer.js";

export async function runRaw(client: Parameters<typeof rawClientOf>[0]): Promise<number> {
  const { data } = await rawClientOf(client).GET("/api/rest/v1/products/{code}", {
    params: { path: { code: "shoe-42" } },
  });
  return (await run()) + (data?.identifier.length ?? 0);
}
