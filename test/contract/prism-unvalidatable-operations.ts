/**
 * Operations whose real requests Prism cannot judge, by endpoint function name, with the reason;
 * the contract suite sends them to the emulator instead.
 */
export const PRISM_UNVALIDATABLE_OPERATIONS: Readonly<Record<string, string>> = Object.freeze({
  upsertAssociationTypes:
    "NDJSON body: Prism JSON-parses every +json body and rejects several lines",
  upsertAttributeGroups:
    "NDJSON body: Prism JSON-parses every +json body and rejects several lines",
  upsertAttributeOptions:
    "NDJSON body: Prism JSON-parses every +json body and rejects several lines",
  upsertAttributes: "NDJSON body: Prism JSON-parses every +json body and rejects several lines",
  upsertCategories: "NDJSON body: Prism JSON-parses every +json body and rejects several lines",
  upsertChannels: "NDJSON body: Prism JSON-parses every +json body and rejects several lines",
  upsertFamilies: "NDJSON body: Prism JSON-parses every +json body and rejects several lines",
  upsertFamilyVariants: "NDJSON body: Prism JSON-parses every +json body and rejects several lines",
  upsertPamAssetCategories:
    "NDJSON body: Prism JSON-parses every +json body and rejects several lines",
  upsertPamAssets: "NDJSON body: Prism JSON-parses every +json body and rejects several lines",
  upsertProductModels: "NDJSON body: Prism JSON-parses every +json body and rejects several lines",
  upsertProducts: "NDJSON body: Prism JSON-parses every +json body and rejects several lines",
  upsertUuidProducts: "NDJSON body: Prism JSON-parses every +json body and rejects several lines",
  getMediaFile: "media codes contain slashes (a/b/c/d/…_file.png): no Prism route matches them",
  downloadMediaFile:
    "media codes contain slashes (a/b/c/d/…_file.png): no Prism route matches them",
  downloadAssetMediaFile:
    "media codes contain slashes (a/b/c/d/…_file.png): no Prism route matches them",
  downloadCategoryMediaFile:
    "category file paths contain slashes (a/b/c/d/…_file.png): no Prism route matches them",
  downloadReferenceEntityMediaFile:
    "media codes contain slashes (a/b/c/d/…_file.png): no Prism route matches them",
});
