import {
  toIterateOptions,
  toListOptions,
  withInjectedCode,
  withoutLinks,
} from "./php-arguments.js";
import { isPhpNdjsonBody, readPhpNdjsonBody } from "./php-ndjson-body.js";
import { toPhpPage } from "./php-page.js";
import { collectPhpUpsertEntries, toPhpUpsertLines } from "./php-upsert-lines.js";

// One builder serves every code-addressed PHP API: each method splits its arguments into the
// codes the facade takes first and the PHP arguments after them, applies the PHP client's
// defaults and guards, calls the facade's public method, and maps the answer to PHP's shape.

type LooseMethod = (...args: unknown[]) => unknown;
type LooseFacade = object;

/** How a PHP API differs from its neighbours: parents, key, page size, upsert guards. */
export interface PhpApiShape {
  /** Number of parent codes every method takes first. @default 0 */
  parents?: number;
  /** Body key `create` puts the code under. @default "code" */
  key?: string;
  /**
   * Page size `all()` asks by default; `null` gives `all(...parents, queryParameters)` without a
   * page size argument, the server choosing (records, assets, entities). @default 100
   */
  allPageSize?: number | null;
  /** Keys `upsert` refuses in the data before putting the code in (product models, variants). */
  upsertInjects?: readonly string[];
}

/** The PHP methods a code-addressed API may offer; `jsonUpsertList` is `upsertList` on a JSON array. */
export type PhpMethodName =
  | "get"
  | "listPerPage"
  | "all"
  | "create"
  | "upsert"
  | "upsertList"
  | "jsonUpsertList"
  | "delete";

type MethodFactory = (
  facade: LooseFacade,
  shape: Required<PhpApiShape>,
) => Record<string, LooseMethod>;

const FACTORIES: Readonly<Record<PhpMethodName, MethodFactory>> = {
  get: (facade, shape) => ({
    get: (...args) => {
      const [codes, [query]] = splitCodes(args, shape.parents + 1);
      return call(facade, "get", [...codes, query]);
    },
  }),
  listPerPage: (facade, shape) => ({
    listPerPage: async (...args) => {
      const [codes, [limit = 100, withCount = false, query]] = splitCodes(args, shape.parents);
      const options = toListOptions(limit, withCount, query);
      return toPhpPage((await call(facade, "listPerPage", [...codes, options])) as never);
    },
  }),
  all: (facade, shape) => ({
    all: (...args) => {
      const [codes, rest] = splitCodes(args, shape.parents);
      const options =
        shape.allPageSize === null
          ? toIterateOptions(undefined, rest[0])
          : toIterateOptions(rest[0] ?? shape.allPageSize, rest[1]);
      return call(facade, "all", [...codes, options]);
    },
  }),
  create: (facade, shape) => ({
    create: async (...args) => {
      const [codes, [code, data]] = splitCodes(args, shape.parents);
      await call(facade, "create", [...codes, withInjectedCode(shape.key, code, data)]);
      return 201;
    },
  }),
  upsert: (facade, shape) => {
    const upsert = async (...args: unknown[]) => {
      const [codes, [data]] = splitCodes(args, shape.parents + 1);
      const code = codes[shape.parents];
      const body =
        shape.upsertInjects.length > 0
          ? withInjectedCode("code", code, data, shape.upsertInjects)
          : withoutLinks(data);
      const outcome = await call(facade, "upsert", [...codes, body]);
      return outcome === "created" ? 201 : 204;
    };
    return { upsert, upsertAsync: upsert };
  },
  upsertList: (facade, shape) => {
    const upsertList = (...args: unknown[]) => {
      const [codes, [resources]] = splitCodes(args, shape.parents);
      const items = isPhpNdjsonBody(resources) ? readPhpNdjsonBody(resources) : resources;
      const run = call(facade, "upsertList", [...codes, stripLinks(items)]);
      return toPhpUpsertLines(run as AsyncIterable<never>, shape.key);
    };
    return { upsertList, upsertAsyncList: upsertList };
  },
  jsonUpsertList: (facade, shape) => {
    const upsertList = async (...args: unknown[]) => {
      const [codes, [resources]] = splitCodes(args, shape.parents);
      const run = call(facade, "upsertList", [...codes, resources]);
      return collectPhpUpsertEntries(run as AsyncIterable<never>);
    };
    return { upsertList, upsertAsyncList: upsertList };
  },
  delete: (facade, shape) => ({
    delete: async (...args) => {
      const [codes] = splitCodes(args, shape.parents + 1);
      await call(facade, "delete", codes);
      return 204;
    },
  }),
};

/**
 * Builds a PHP-style API with exactly `methods` over a facade, calling only its public methods.
 * `T` is the API's declared type (see php-code-api-types.ts).
 */
export function buildPhpApi<T>(
  facade: LooseFacade,
  shape: PhpApiShape,
  methods: readonly PhpMethodName[],
): T {
  const resolved: Required<PhpApiShape> = {
    parents: shape.parents ?? 0,
    key: shape.key ?? "code",
    allPageSize: shape.allPageSize === undefined ? 100 : shape.allPageSize,
    upsertInjects: shape.upsertInjects ?? [],
  };
  const api: Record<string, LooseMethod> = {};
  for (const name of methods) Object.assign(api, FACTORIES[name](facade, resolved));
  return Object.freeze(api) as T;
}

function splitCodes(args: readonly unknown[], count: number): [unknown[], unknown[]] {
  return [args.slice(0, count), args.slice(count)];
}

function call(facade: LooseFacade, name: string, args: readonly unknown[]): unknown {
  return (facade as Record<string, LooseMethod>)[name]!(...args);
}

// The PHP client removes `_links` (copied from a read) before an NDJSON upsert. Input that is not
// iterable, and items that are not objects, go through untouched so that the facade refuses them
// with its own error.
function stripLinks(resources: unknown): unknown {
  const iterable =
    typeof resources === "object" &&
    resources !== null &&
    (Symbol.iterator in resources || Symbol.asyncIterator in resources);
  return iterable ? stripLinksOfItems(resources as Iterable<unknown>) : resources;
}

async function* stripLinksOfItems(
  resources: AsyncIterable<unknown> | Iterable<unknown>,
): AsyncGenerator<unknown, void, undefined> {
  for await (const item of resources) {
    yield typeof item === "object" && item !== null && !Array.isArray(item) && "_links" in item
      ? withoutLinks(item)
      : item;
  }
}
