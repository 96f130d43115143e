/** One DER element: its tag and where its content lies in the buffer. */
export interface DerElement {
  readonly tag: number;
  /** Offset of the element's first byte (its tag). */
  readonly start: number;
  /** Offset of the content's first byte. */
  readonly contentStart: number;
  /** Offset just past the content. */
  readonly end: number;
}

/** Reads the DER element at `offset`; undefined when the bytes are not a well-formed element. */
export function readDerElement(bytes: Uint8Array, offset: number): DerElement | undefined {
  const tag = bytes[offset];
  const first = bytes[offset + 1];
  if (tag === undefined || first === undefined) return undefined;
  let length = first;
  let contentStart = offset + 2;
  if (first > 0x80) {
    const count = first - 0x80;
    // Four length bytes cover 4 GiB: more than any key or certificate needs.
    if (count > 4) return undefined;
    length = 0;
    for (let i = 0; i < count; i += 1) {
      const byte = bytes[offset + 2 + i];
      if (byte === undefined) return undefined;
      length = length * 256 + byte;
    }
    contentStart += count;
  } else if (first === 0x80) {
    return undefined;
  }
  const end = contentStart + length;
  return end > bytes.length ? undefined : { tag, start: offset, contentStart, end };
}

/** Lists the elements directly inside a constructed element (a SEQUENCE, a SET…). */
export function readDerChildren(bytes: Uint8Array, parent: DerElement): DerElement[] | undefined {
  const children: DerElement[] = [];
  let offset = parent.contentStart;
  while (offset < parent.end) {
    const child = readDerElement(bytes, offset);
    if (child === undefined || child.end > parent.end) return undefined;
    children.push(child);
    offset = child.end;
  }
  return children;
}
