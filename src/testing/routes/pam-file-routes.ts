import type { FakeRequest } from "../http/fake-request.js";
import { isMultipartFormProblem, readMultipartForm } from "../http/multipart-form.js";
import type { Reply } from "../http/reply.js";
import type { RouteDefinition } from "../http/router.js";
import type { JsonObject } from "../json-types.js";
import type { EmulatorContext } from "./emulator-context.js";
import { fillPath } from "./url-paths.js";

const API = "/api/rest/v1";
// The locale of the files of a non-localizable PAM asset.
const NO_LOCALE = "no-locale";

/** One kind of file of the deprecated PAM assets: reference files or variation files. */
interface PamFileKind {
  readonly stem: string;
  readonly path: string;
  readonly label: string;
  /** Describes a stored file as Akeneo answers it. */
  readonly describe: (params: Readonly<Record<string, string>>, code: string) => JsonObject;
}

const localeOf = (params: Readonly<Record<string, string>>): string | null =>
  params.locale_code === NO_LOCALE ? null : (params.locale_code ?? null);

/** Routes of the PAM reference and variation files: description, upload and download. */
export function createPamFileRoutes(context: EmulatorContext): RouteDefinition[] {
  const kinds: PamFileKind[] = [
    {
      stem: "reference_file",
      path: `${API}/assets/{asset_code}/reference-files/{locale_code}`,
      label: "Reference file",
      describe: (params, code) => ({ code, locale: localeOf(params) }),
    },
    {
      stem: "variation_file",
      path: `${API}/assets/{asset_code}/variation-files/{channel_code}/{locale_code}`,
      label: "Variation file",
      describe: (params, code) => ({
        code,
        locale: localeOf(params),
        scope: params.channel_code ?? null,
      }),
    },
  ];
  return kinds.flatMap((kind) => createKindRoutes(context, kind));
}

function createKindRoutes(context: EmulatorContext, kind: PamFileKind): RouteDefinition[] {
  const { catalog } = context;
  const route = (
    suffix: string,
    method: string,
    path: string,
    handle: (request: FakeRequest, reply: Reply, slot: string) => void,
  ): RouteDefinition => ({
    name: `pim_api_pam_${kind.stem}_${suffix}`,
    method,
    path,
    authenticated: true,
    ...(suffix === "download" ? { produces: "binary" as const } : {}),
    handle: (request, reply) => {
      const problem = checkAsset(context, request.params);
      if (problem !== undefined) return reply.error(problem.status, problem.message);
      handle(request, reply, fillPath(kind.path, request.params));
    },
  });
  const stored = (slot: string, reply: Reply): string | undefined => {
    const code = catalog.pamAssetFileSlots.get(slot);
    if (code === undefined) reply.error(404, `${kind.label} does not exist.`);
    return code;
  };
  return [
    route("get", "GET", kind.path, (request, reply, slot) => {
      const code = stored(slot, reply);
      if (code === undefined) return;
      const href = `${context.publicUrl()}${slot}/download`;
      reply.json(200, { ...kind.describe(request.params, code), _link: { download: { href } } });
    }),
    route("upload", "POST", kind.path, (request, reply, slot) => {
      const form = readMultipartForm(request);
      if (isMultipartFormProblem(form)) return reply.error(form.status, form.message);
      const file = form.files.get("file");
      if (file === undefined) return reply.error(422, 'Property "file" is required.');
      const code = catalog.pamAssetFiles.add({
        filename: file.filename ?? "file",
        contentType: file.contentType ?? "application/octet-stream",
        bytes: file.data,
      });
      catalog.pamAssetFileSlots.set(slot, code);
      reply.empty(201, { location: `${context.publicUrl()}${slot}` });
    }),
    route("download", "GET", `${kind.path}/download`, (_request, reply, slot) => {
      const code = stored(slot, reply);
      const media = code === undefined ? undefined : catalog.pamAssetFiles.get(code);
      if (media === undefined) return;
      const filename = String(media.metadata.original_filename).replace(/["\\]/g, "_");
      reply.bytes(200, media.bytes, {
        "content-type": String(media.metadata.mime_type),
        "content-disposition": `attachment; filename="${filename}"`,
      });
    }),
  ];
}

// Akeneo names the locale of a localizable asset's files and `no-locale` for the others.
function checkAsset(
  context: EmulatorContext,
  params: Readonly<Record<string, string>>,
): { status: number; message: string } | undefined {
  const code = params.asset_code ?? "";
  const asset = context.catalog.pamAssets.get(code);
  if (asset === undefined) return { status: 404, message: `Asset "${code}" does not exist.` };
  const localizable = asset.localizable === true;
  if (localizable === (params.locale_code === NO_LOCALE)) {
    const message = localizable
      ? `The asset "${code}" is localizable: name a locale.`
      : `The asset "${code}" is not localizable: use "${NO_LOCALE}".`;
    return { status: 422, message };
  }
  return undefined;
}
