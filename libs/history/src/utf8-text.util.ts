/**
 * Decodes file bytes as UTF-8 text (without a byte-order mark), or says where the first byte
 * that is not UTF-8 sits. TextDecoder works the same in Node and in browsers.
 */
export type DecodedText = { ok: true; text: string } | { ok: false; offset: number; line: number };

function decodes(bytes: Uint8Array, length: number): boolean {
  try {
    // stream mode: a multi-byte character cut at `length` is not an error, a bad byte is
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Offset of the first invalid byte: the shortest failing prefix, by bisection. */
function firstInvalidOffset(bytes: Uint8Array): number {
  let good = 0;
  let bad = bytes.length;
  if (decodes(bytes, bad)) {
    // the whole file decodes in stream mode: the problem is a character cut off at the end
    let start = bytes.length - 1;
    while (start > 0 && (bytes[start] & 0xc0) === 0x80) start--;
    return start;
  }
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    if (decodes(bytes, middle)) good = middle;
    else bad = middle;
  }
  return startOfBrokenSequence(bytes, bad - 1);
}

/**
 * The decoder notices a broken character at the byte after its lead byte (Latin-1 "é" = E9 is
 * read as the lead of a 3-byte character): point at the lead byte, which is the one to fix.
 */
function startOfBrokenSequence(bytes: Uint8Array, failing: number): number {
  let lead = failing;
  while (lead > 0 && failing - lead < 3 && (bytes[lead - 1] & 0xc0) === 0x80) lead--;
  lead--;
  if (lead < 0 || (bytes[lead] & 0xc0) !== 0xc0) return failing;
  const length = bytes[lead] >= 0xf0 ? 4 : bytes[lead] >= 0xe0 ? 3 : 2;
  return failing < lead + length ? lead : failing;
}

export function decodeUtf8(content: Uint8Array | string): DecodedText {
  if (typeof content === 'string') return { ok: true, text: content.replace(/^\uFEFF/, '') };
  try {
    // the decoder drops a leading BOM itself (ignoreBOM is false by default)
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(content) };
  } catch {
    const offset = firstInvalidOffset(content);
    let line = 1;
    for (let i = 0; i < offset; i++) if (content[i] === 0x0a) line++;
    return { ok: false, offset, line };
  }
}
