import { RecordStore } from "./record-store.js";

/** One record store per parent (options per attribute, variants per family, records per entity). */
export class ScopedStores {
  private readonly stores = new Map<string, RecordStore>();

  /** Returns the store of this parent, creating it when missing. */
  of(scope: string): RecordStore {
    let store = this.stores.get(scope);
    if (store === undefined) {
      store = new RecordStore();
      this.stores.set(scope, store);
    }
    return store;
  }

  /** Returns the store of this parent only when it exists. */
  existing(scope: string): RecordStore | undefined {
    return this.stores.get(scope);
  }

  /** Iterates every parent with its store. */
  entries(): IterableIterator<[string, RecordStore]> {
    return this.stores.entries();
  }
}
