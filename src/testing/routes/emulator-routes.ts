import type { RouteDefinition, Router } from "../http/router.js";
import { createAppCatalogRoutes } from "./app-catalog-routes.js";
import { createCollectionRoutes } from "./collection-routes.js";
import { createDraftRoutes } from "./draft-routes.js";
import type { EmulatorContext } from "./emulator-context.js";
import { createEntitySpecs } from "./entity-specs.js";
import { createCodeHeaderMediaRoutes, createProductMediaRoutes } from "./media-routes.js";
import { createPamFileRoutes } from "./pam-file-routes.js";
import { createProductSpecs } from "./product-specs.js";
import { createStructureSpecs } from "./structure-specs.js";
import { createSystemRoutes } from "./system-routes.js";

const API = "/api/rest/v1";

/** Every authenticated route of the emulated API, plus the endpoint list and system information. */
export function createEmulatorRoutes(context: EmulatorContext, router: Router): RouteDefinition[] {
  const { catalog } = context;
  const specs = [...createProductSpecs(), ...createStructureSpecs(), ...createEntitySpecs()];
  return [
    ...createSystemRoutes(context, router),
    ...createProductMediaRoutes(context),
    ...createCodeHeaderMediaRoutes(context, {
      stem: "asset_media_file",
      path: `${API}/asset-media-files`,
      store: catalog.assetMediaFiles,
      codeHeader: "Asset-media-file-code",
      downloadSuffix: "",
    }),
    ...createCodeHeaderMediaRoutes(context, {
      stem: "reference_entity_media_file",
      path: `${API}/reference-entities-media-files`,
      store: catalog.referenceEntityMediaFiles,
      codeHeader: "Reference-entities-media-file-code",
      downloadSuffix: "",
    }),
    ...createCodeHeaderMediaRoutes(context, {
      stem: "category_media_file",
      path: `${API}/category-media-files`,
      store: catalog.categoryMediaFiles,
      codeHeader: undefined,
      downloadSuffix: "/download",
    }),
    ...createDraftRoutes(context),
    ...createPamFileRoutes(context),
    ...createAppCatalogRoutes(context),
    ...specs.flatMap((spec) => createCollectionRoutes(spec, context)),
  ];
}
