import type { FakeRequest } from "./fake-request.js";
import type { Reply } from "./reply.js";

/** Handles one matched request. */
export type RouteHandler = (request: FakeRequest, reply: Reply) => void | Promise<void>;

/** One endpoint of the emulated API. */
export interface RouteDefinition {
  /** Route name as listed by `GET /api/rest/v1`. */
  readonly name: string;
  readonly method: string;
  /** Path template: `{name}` is one segment, `{name+}` may span several (media codes). */
  readonly path: string;
  /** False for the endpoints Akeneo serves without a bearer token. */
  readonly authenticated: boolean;
  /**
   * Download routes answer bytes, and browser-facing routes (the Apps authorize page) redirect,
   * whatever the `Accept` header says. @default "json"
   */
  readonly produces?: "json" | "binary" | "any";
  readonly handle: RouteHandler;
}

/** The outcome of matching a method and a raw path against the routes. */
export type RouteMatch =
  | {
      readonly kind: "found";
      readonly route: RouteDefinition;
      readonly params: Record<string, string>;
    }
  | { readonly kind: "wrong-method"; readonly allowed: string[] }
  | { readonly kind: "none" };

interface CompiledRoute {
  readonly route: RouteDefinition;
  readonly pattern: RegExp;
  readonly names: string[];
}

/** Matches requests to routes; routes are tried in the order they were added. */
export class Router {
  private readonly compiled: CompiledRoute[] = [];

  /** Adds routes; register more specific templates (with suffixes) before greedy ones. */
  add(...routes: RouteDefinition[]): void {
    for (const route of routes) this.compiled.push(compileRoute(route));
  }

  /** Lists the registered routes in order. */
  routes(): RouteDefinition[] {
    return this.compiled.map((entry) => entry.route);
  }

  /** Finds the route for a method and a raw (still percent-encoded) path. */
  match(method: string, rawPath: string): RouteMatch {
    const allowed: string[] = [];
    for (const entry of this.compiled) {
      const found = entry.pattern.exec(rawPath);
      if (found === null) continue;
      if (entry.route.method !== method) {
        allowed.push(entry.route.method);
        continue;
      }
      const params = decodeParams(entry.names, found);
      if (params === undefined) continue;
      return { kind: "found", route: entry.route, params };
    }
    return allowed.length > 0 ? { kind: "wrong-method", allowed } : { kind: "none" };
  }
}

function compileRoute(route: RouteDefinition): CompiledRoute {
  const names: string[] = [];
  const source = route.path
    .split(/(\{[a-z_]+\+?\})/)
    .map((part) => {
      const param = /^\{([a-z_]+)(\+?)\}$/.exec(part);
      if (param === null) return part.replace(/[.*+?^$()|[\]\\]/g, "\\$&");
      names.push(param[1] as string);
      return param[2] === "+" ? "(.+)" : "([^/]+)";
    })
    .join("");
  return { route, pattern: new RegExp(`^${source}$`), names };
}

function decodeParams(names: string[], found: RegExpExecArray): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  try {
    names.forEach((name, index) => {
      params[name] = decodeURIComponent(found[index + 1] as string);
    });
  } catch {
    return undefined;
  }
  return params;
}
