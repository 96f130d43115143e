import type { JsonObject } from "../normalize/json-value.js";
import {
  type Change,
  compareSchemas,
  type SchemaSide,
  type SharedSchemas,
} from "./compare-schemas.js";
import { resolveSchema } from "./operation-index.js";

/** A named schema that changed, reported once with the operations it reaches. */
export interface ChangedSchema {
  /** The component's name (`Product`). */
  name: string;
  /** Whether the operations send it (`request`) or receive it (`answer`). */
  side: SchemaSide;
  /** The operations that send or receive it, directly or inside another named schema. */
  operations: string[];
  changes: Change[];
}

const PREFIX = "#/components/schemas/";

function keyOf(ref: string, side: SchemaSide): string {
  return `${side} ${ref}`;
}

/**
 * Compares each named schema that operations point at once per side, walking into the named
 * schemas it points at in turn, and gives each the operations it reaches. `users` maps
 * `side ref` to the operations that point at it directly.
 */
export function compareSharedSchemas(
  documents: { old: JsonObject; new: JsonObject },
  users: ReadonlyMap<string, ReadonlySet<string>>,
): ChangedSchema[] {
  const parents = new Map<string, Set<string>>();
  const compared = new Map<string, { ref: string; side: SchemaSide; changes: Change[] }>();
  const queue = [...users.keys()];
  for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
    if (compared.has(key)) continue;
    const side = key.slice(0, key.indexOf(" ")) as SchemaSide;
    const ref = key.slice(side.length + 1);
    const nested: SharedSchemas = new Map();
    const changes = compareSchemas(
      side,
      documents,
      resolveSchema(documents.old, { $ref: ref }).schema,
      resolveSchema(documents.new, { $ref: ref }).schema,
      `schema ${ref.slice(PREFIX.length)}`,
      nested,
    );
    compared.set(key, { ref, side, changes });
    for (const [child, sides] of nested) {
      for (const childSide of sides) {
        const childKey = keyOf(child, childSide);
        parents.set(childKey, (parents.get(childKey) ?? new Set()).add(key));
        queue.push(childKey);
      }
    }
  }
  const reach = (key: string, seen: Set<string>): Set<string> => {
    const found = new Set(users.get(key) ?? []);
    for (const parent of parents.get(key) ?? []) {
      if (seen.has(parent)) continue;
      seen.add(parent);
      for (const op of reach(parent, seen)) found.add(op);
    }
    return found;
  };
  return [...compared.entries()]
    .filter(([, entry]) => entry.changes.length > 0)
    .map(([key, { ref, side, changes }]) => ({
      name: ref.slice(PREFIX.length),
      side,
      operations: [...reach(key, new Set([key]))].sort(),
      changes,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, "en") || a.side.localeCompare(b.side, "en"));
}

/** Records which operation points at which named schemas, keyed `side ref`. */
export function recordUsers(
  users: Map<string, Set<string>>,
  operation: string,
  shared: SharedSchemas,
): void {
  for (const [ref, sides] of shared) {
    for (const side of sides) {
      const key = keyOf(ref, side);
      users.set(key, (users.get(key) ?? new Set()).add(operation));
    }
  }
}
