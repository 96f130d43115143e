import type { RouteDefinition, Router } from "../http/router.js";
import type { JsonObject } from "../json-types.js";
import type { EmulatorContext } from "./emulator-context.js";

/** The unauthenticated routes: the endpoint list and the system information. */
export function createSystemRoutes(context: EmulatorContext, router: Router): RouteDefinition[] {
  return [
    {
      name: "pim_api_endpoint_list",
      method: "GET",
      path: "/api/rest/v1",
      authenticated: false,
      handle: (_request, reply) => reply.json(200, describeEndpoints(context, router)),
    },
    {
      name: "pim_api_system_information_get",
      method: "GET",
      path: "/api/rest/v1/system-information",
      authenticated: false,
      handle: (_request, reply) => reply.json(200, { ...context.systemInformation }),
    },
  ];
}

function describeEndpoints(context: EmulatorContext, router: Router): JsonObject {
  const authentication: JsonObject = {};
  const routes: JsonObject = {};
  for (const route of router.routes()) {
    const entry = { route: route.path.replace(/\+\}/g, "}"), methods: [route.method] };
    if (route.authenticated) routes[route.name] = entry;
    else if (route.path.startsWith("/api/oauth")) authentication[route.name] = entry;
  }
  return { host: context.publicUrl(), authentication, routes };
}
