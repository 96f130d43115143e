import { isMultipartFormProblem, readMultipartForm } from "../http/multipart-form.js";
import type { MultipartPart } from "../http/multipart-parser.js";
import type { Reply } from "../http/reply.js";
import type { RouteDefinition } from "../http/router.js";
import { accessRecordStore } from "../store/collection-access.js";
import type { MediaStore } from "../store/media-store.js";
import { createCollectionRoutes } from "./collection-routes.js";
import type { EmulatorContext } from "./emulator-context.js";
import { findMediaTarget, isMediaTargetRefused } from "./media-attachment.js";
import { encodeKey } from "./url-paths.js";

const API = "/api/rest/v1";

/** Routes of product media files: upload (attached to a product value), list, metadata, download. */
export function createProductMediaRoutes(context: EmulatorContext): RouteDefinition[] {
  const store = context.catalog.mediaFiles;
  const downloadUrl = (code: string): string =>
    `${context.publicUrl()}${API}/media-files/${encodeKey(code, true)}/download`;
  const [list, get] = createCollectionRoutes(
    {
      stem: "media_file",
      path: `${API}/media-files`,
      itemParam: "code+",
      access: () => accessRecordStore(store.records),
      notFound: (key) => `Media file "${key}" does not exist.`,
      keyOf: (record) => String(record.code),
      list: "page",
      render: (record) => ({
        _links: { download: { href: downloadUrl(String(record.code)) } },
        ...record,
      }),
    },
    context,
  );
  return [
    createDownloadRoute(
      "pim_api_media_file_download",
      `${API}/media-files/{code+}/download`,
      store,
      "Media file",
    ),
    list as RouteDefinition,
    get as RouteDefinition,
    {
      name: "pim_api_media_file_create",
      method: "POST",
      path: `${API}/media-files`,
      authenticated: true,
      handle: (request, reply) => {
        const form = readMultipartForm(request);
        if (isMultipartFormProblem(form)) return reply.error(form.status, form.message);
        const target = findMediaTarget(form.fields, context.catalog);
        if (isMediaTargetRefused(target)) return reply.error(target.status, target.message);
        const file = requireFile(form.files.get("file"), reply);
        if (file === undefined) return;
        const code = storeFile(store, file);
        target.save(code, context.clock.now());
        reply.empty(201, {
          location: `${context.publicUrl()}${API}/media-files/${encodeKey(code, true)}`,
        });
      },
    },
  ];
}

/** Routes of a media store whose upload answers the code in a header (assets, reference entities, categories). */
export function createCodeHeaderMediaRoutes(
  context: EmulatorContext,
  options: {
    stem: string;
    path: string;
    store: MediaStore;
    codeHeader: string | undefined;
    downloadSuffix: string;
  },
): RouteDefinition[] {
  const { store, path } = options;
  return [
    createDownloadRoute(
      `pim_api_${options.stem}_download`,
      `${path}/{code+}${options.downloadSuffix}`,
      store,
      "Media file",
    ),
    {
      name: `pim_api_${options.stem}_create`,
      method: "POST",
      path,
      authenticated: true,
      handle: (request, reply) => {
        const form = readMultipartForm(request);
        if (isMultipartFormProblem(form)) return reply.error(form.status, form.message);
        const file = requireFile(form.files.get("file"), reply);
        if (file === undefined) return;
        const code = storeFile(store, file);
        const location = `${context.publicUrl()}${path}/${encodeKey(code, true)}${options.downloadSuffix}`;
        const headers: Record<string, string> = { location };
        if (options.codeHeader !== undefined) headers[options.codeHeader] = code;
        reply.empty(201, headers);
      },
    },
  ];
}

function createDownloadRoute(
  name: string,
  path: string,
  store: MediaStore,
  label: string,
): RouteDefinition {
  return {
    name,
    method: "GET",
    path,
    authenticated: true,
    produces: "binary",
    handle: (request, reply) => {
      const code = request.params.code ?? "";
      const media = store.get(code);
      if (media === undefined) return reply.error(404, `${label} "${code}" does not exist.`);
      const filename = String(media.metadata.original_filename);
      reply.bytes(200, media.bytes, {
        "content-type": String(media.metadata.mime_type),
        "content-disposition": `attachment; filename="${filename.replace(/["\\]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      });
    },
  };
}

function requireFile(file: MultipartPart | undefined, reply: Reply): MultipartPart | undefined {
  if (file === undefined) reply.error(422, 'Property "file" is required.');
  return file;
}

function storeFile(store: MediaStore, file: MultipartPart): string {
  return store.add({
    filename: file.filename ?? "file",
    contentType: file.contentType ?? "application/octet-stream",
    bytes: file.data,
  });
}
