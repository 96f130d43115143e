import type { JsonObject } from "../json-types.js";

interface Slot {
  readonly key: string;
  record: JsonObject | undefined;
}

/** A page of records taken from a store, plus the cursor that continues after it. */
export interface RecordSlice {
  readonly records: JsonObject[];
  /** Key of the last record returned, when more matching records may follow. */
  readonly nextCursor: string | undefined;
}

/**
 * Keeps records in insertion order with O(1) lookup by key.
 *
 * Deleted records leave a hole in the order so that a `search_after` cursor naming a
 * deleted key still finds its position; holes are skipped while listing.
 */
export class RecordStore {
  private readonly slots: Slot[] = [];
  private readonly positions = new Map<string, number>();
  private live = 0;

  /** Returns the record stored under this key. */
  get(key: string): JsonObject | undefined {
    const position = this.positions.get(key);
    return position === undefined ? undefined : this.slots[position]?.record;
  }

  /** Tells whether a record is stored under this key. */
  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** Stores a record under this key; answers whether it was created or replaced. */
  put(key: string, record: JsonObject): "created" | "updated" {
    const position = this.positions.get(key);
    const slot = position === undefined ? undefined : this.slots[position];
    if (slot?.record !== undefined) {
      slot.record = record;
      return "updated";
    }
    this.positions.set(key, this.slots.length);
    this.slots.push({ key, record });
    this.live += 1;
    return "created";
  }

  /** Removes the record under this key; answers whether one was there. */
  delete(key: string): boolean {
    const position = this.positions.get(key);
    const slot = position === undefined ? undefined : this.slots[position];
    if (slot?.record === undefined) return false;
    slot.record = undefined;
    this.live -= 1;
    return true;
  }

  /** Number of stored records. */
  get size(): number {
    return this.live;
  }

  /** Iterates the stored records in insertion order. */
  *values(): IterableIterator<JsonObject> {
    for (const slot of this.slots) if (slot.record !== undefined) yield slot.record;
  }

  /** Returns up to `limit` matching records after skipping `offset` matching ones. */
  slice(offset: number, limit: number, matches?: (record: JsonObject) => boolean): JsonObject[] {
    if (matches === undefined && this.live === this.slots.length) {
      return this.slots.slice(offset, offset + limit).map((slot) => slot.record as JsonObject);
    }
    const found: JsonObject[] = [];
    let skipped = 0;
    for (const record of this.values()) {
      if (matches !== undefined && !matches(record)) continue;
      if (skipped < offset) skipped += 1;
      else if (found.push(record) >= limit) break;
    }
    return found;
  }

  /** Counts the records accepted by `matches` (all records without it). */
  count(matches?: (record: JsonObject) => boolean): number {
    if (matches === undefined) return this.live;
    let total = 0;
    for (const record of this.values()) if (matches(record)) total += 1;
    return total;
  }

  /**
   * Returns up to `limit` matching records stored after the record keyed `cursor`
   * (from the start without one), in O(limit) when nothing is filtered out.
   */
  after(
    cursor: string | undefined,
    limit: number,
    matches?: (record: JsonObject) => boolean,
  ): RecordSlice {
    const start = cursor === undefined ? 0 : (this.positions.get(cursor) ?? this.slots.length) + 1;
    const records: JsonObject[] = [];
    let last: string | undefined;
    for (let position = start; position < this.slots.length; position += 1) {
      const slot = this.slots[position] as Slot;
      if (slot.record === undefined || (matches !== undefined && !matches(slot.record))) continue;
      if (records.length === limit) return { records, nextCursor: last };
      records.push(slot.record);
      last = slot.key;
    }
    return { records, nextCursor: undefined };
  }
}
