import { findOperationName, type OperationNames } from "../normalize/operation-names.js";

/** A client member the SDK leaves out under the new description, and its methods that went. */
export interface LostFacade {
  /** The client member (`workflows`). */
  facade: string;
  /** The facade methods whose operations the new description removed (`workflows.get`). */
  methods: string[];
}

/**
 * Names the facades a description's removed operations take off the client: a facade is left
 * out whole when one of its operations is gone (see src/resources/offered-facades.ts), so each
 * user call of it fails to compile. `removed` holds the report's `METHOD /path (operationId)`.
 */
export function lostFacades(removed: readonly string[], names: OperationNames): LostFacade[] {
  const lost = new Map<string, string[]>();
  for (const line of removed) {
    const [method = "", path = ""] = line.split(" ");
    const facadeMethod = findOperationName(names, method, path)?.facade;
    if (facadeMethod === undefined) continue;
    const facade = facadeMethod.split(".")[0] ?? facadeMethod;
    lost.set(facade, [...(lost.get(facade) ?? []), facadeMethod]);
  }
  return [...lost]
    .map(([facade, methods]) => ({ facade, methods: methods.sort() }))
    .sort((a, b) => a.facade.localeCompare(b.facade, "en"));
}
