import type { JsonObject } from "../json-types.js";

/** What a draft belongs to: a product (kept by uuid) or a product model (by code). */
export type DraftOwnerKind = "product" | "product-model";

/** The current user's draft of one product or model, and whether it awaits approval. */
export interface StoredDraft {
  readonly draft: JsonObject;
  readonly submitted: boolean;
}

/** Keeps the current user's drafts (Enterprise Edition), one per product or product model. */
export class DraftStore {
  private readonly drafts = new Map<string, StoredDraft>();

  /** Stores (or replaces) a draft, not yet submitted. */
  put(kind: DraftOwnerKind, key: string, draft: JsonObject): void {
    this.drafts.set(`${kind}:${key}`, { draft, submitted: false });
  }

  /** Returns the draft of this owner, if any. */
  get(kind: DraftOwnerKind, key: string): StoredDraft | undefined {
    return this.drafts.get(`${kind}:${key}`);
  }

  /** Marks the draft of this owner as sent for approval. */
  submit(kind: DraftOwnerKind, key: string): void {
    const stored = this.get(kind, key);
    if (stored !== undefined) this.drafts.set(`${kind}:${key}`, { ...stored, submitted: true });
  }
}
