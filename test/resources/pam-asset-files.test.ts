import { createAkeneoClient } from "../../src/akeneo-client.js";
import { AssetFileUploadError } from "../../src/index.js";
import { createScriptedFetch } from "../core/support/scripted-fetch.js";

// Akeneo may accept a PAM file (201) and still list errors in the answer (variations it could not
// generate): the upload refuses such an answer with a typed error, as the PHP client does.

const PROBLEMS = [
  { channel: "mobile", locale: null, message: "The variation could not be generated" },
];

function createClient(answer: () => Response) {
  const scripted = createScriptedFetch((request) =>
    request.url.endsWith("/oauth/v1/token")
      ? Response.json({ access_token: "t1", refresh_token: "r1", expires_in: 3600 })
      : answer(),
  );
  const client = createAkeneoClient({
    baseUrl: "http://pim.test",
    auth: { type: "app", token: "app-token" },
    fetch: scripted.fetch,
    retry: false,
    logLevel: "error",
  });
  return { client, calls: scripted.calls };
}

const withErrors = () =>
  Response.json(
    { message: "Some variations were not generated", errors: PROBLEMS },
    { status: 201 },
  );

describe("PAM asset file uploads", () => {
  it("throws AssetFileUploadError with the listed errors when the 201 answer lists errors", async () => {
    const { client } = createClient(withErrors);
    const upload = client.pamAssetReferenceFiles.upload("flyer", "no-locale", new Blob(["x"]));
    await expect(upload).rejects.toBeInstanceOf(AssetFileUploadError);
    await expect(
      client.pamAssetReferenceFiles.upload("flyer", "no-locale", new Blob(["x"])),
    ).rejects.toMatchObject({
      errors: PROBLEMS,
      message:
        "POST /api/rest/v1/assets/flyer/reference-files/no-locale: Some variations were not generated",
    });
  });

  it("throws the same error from the PHP accessors of reference and variation files", async () => {
    const { client } = createClient(withErrors);
    await expect(
      client.getAssetReferenceFileApi().uploadForNotLocalizableAsset(new Blob(["x"]), "flyer"),
    ).rejects.toBeInstanceOf(AssetFileUploadError);
    await expect(
      client
        .getAssetVariationFileApi()
        .uploadForLocalizableAsset(new Blob(["x"]), "flyer", "mobile", "en_US"),
    ).rejects.toMatchObject({ name: "AssetFileUploadError", errors: PROBLEMS });
  });

  it("answers 201 for an empty answer and for an empty errors list", async () => {
    const empty = createClient(() => new Response(null, { status: 201 }));
    await expect(
      empty.client.getAssetReferenceFileApi().uploadForNotLocalizableAsset(new Blob(["x"]), "a"),
    ).resolves.toBe(201);
    const none = createClient(() => Response.json({ errors: [] }, { status: 201 }));
    await expect(
      none.client
        .getAssetVariationFileApi()
        .uploadForNotLocalizableAsset(new Blob(["x"]), "a", "mobile"),
    ).resolves.toBe(201);
  });
});
