import type { JsonObject } from "../normalize/json-value.js";
import { compareOperation } from "./compare-operations.js";
import type { Change, SharedSchemas } from "./compare-schemas.js";
import { describeOperation, type IndexedOperation, indexOperations } from "./operation-index.js";
import { type ChangedSchema, compareSharedSchemas, recordUsers } from "./shared-schemas.js";

/** An operation present in both descriptions whose shape changed. */
export interface ChangedOperation {
  before: string;
  after: string;
  changes: Change[];
}

/** What spec:diff found between two normalized descriptions. */
export interface DescriptionDiff {
  oldCount: number;
  newCount: number;
  removed: string[];
  added: string[];
  changed: ChangedOperation[];
  /** Named schemas that changed, each once, with the operations they reach. */
  schemas: ChangedSchema[];
}

/**
 * Compares two normalized descriptions operation by operation: matched by method and path,
 * then, among the rest, by operationId (an operation that moved to another path). A named
 * schema both versions point at is compared once, apart, with the operations it reaches.
 */
export function diffDescriptions(
  oldDocument: JsonObject,
  newDocument: JsonObject,
): DescriptionDiff {
  const documents = { old: oldDocument, new: newDocument };
  const before = indexOperations(oldDocument);
  const after = indexOperations(newDocument);
  const pairs: [IndexedOperation, IndexedOperation][] = [];
  const unmatchedNew = new Map([...after].filter(([key]) => !before.has(key)));
  const removed: string[] = [];
  for (const [key, old] of before) {
    const same = after.get(key);
    const moved = [...unmatchedNew.values()].find(
      (entry) => old.operationId !== "" && entry.operationId === old.operationId,
    );
    const match = same ?? moved;
    if (match === undefined) removed.push(describeOperation(old));
    else pairs.push([old, match]);
    if (moved !== undefined && same === undefined) unmatchedNew.delete(moved.key);
  }
  const users = new Map<string, Set<string>>();
  const changed = pairs
    .map(([old, now]) => {
      const shared: SharedSchemas = new Map();
      const changes = compareOperation({ ...documents, shared }, old, now);
      recordUsers(users, describeOperation(now), shared);
      return { before: describeOperation(old), after: describeOperation(now), changes };
    })
    .filter((entry) => entry.changes.length > 0);
  return {
    oldCount: before.size,
    newCount: after.size,
    removed: removed.sort(),
    added: [...unmatchedNew.values()].map(describeOperation).sort(),
    changed: changed.sort((a, b) => a.after.localeCompare(b.after, "en")),
    schemas: compareSharedSchemas(documents, users),
  };
}
