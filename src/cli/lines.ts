// Lines of a byte stream (LF or CRLF, as POSIX text files), decoded as UTF-8 (WHATWG Encoding, fatal mode) one line at a time.

/** One line of input: its text, or why it has none. */
export type InputLine = { number: number; text: string } | { number: number; error: string };

/**
 * Splits a stream into lines without ever holding more than `maxBytes` of one line: a longer line
 * is skipped as it streams by and reported, so that any input runs in bounded memory. Every line
 * yields exactly one result, in order; a line that is not valid UTF-8 yields an error, not text
 * with replacement characters.
 *
 * @param chunks - The input, e.g. `process.stdin`.
 * @param maxBytes - The longest line kept, in bytes.
 * @example
 * ```ts
 * import { Readable } from "node:stream";
 * const input = Readable.from([Buffer.from("Motti\nCernov\n")]);
 * for await (const line of inputLines(input, 4096)) console.log("text" in line ? line.text : line.error);
 * // Motti
 * // Cernov
 * ```
 */
export async function* inputLines(chunks: AsyncIterable<Uint8Array | string>, maxBytes: number): AsyncGenerator<InputLine> {
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
  let parts: Uint8Array[] = [];
  let size = 0;
  let tooLong = false;
  let number = 0;

  const finish = (): InputLine => {
    number++;
    if (tooLong) return { number, error: `line ${number} is over ${maxBytes} bytes, longer than any name; skipped` };
    let bytes = parts.length === 1 ? (parts[0] as Uint8Array) : Buffer.concat(parts, size);
    if (bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    try {
      return { number, text: decoder.decode(bytes) };
    } catch {
      return { number, error: `line ${number} is not valid UTF-8; convert the input, e.g. with iconv -f latin1 -t utf-8` };
    }
  };
  const keep = (piece: Uint8Array): void => {
    if (tooLong || piece.length === 0) return;
    if (size + piece.length > maxBytes) {
      tooLong = true;
      parts = [];
      return;
    }
    parts.push(piece);
    size += piece.length;
  };

  for await (const chunk of chunks) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
    let start = 0;
    for (let end = bytes.indexOf(0x0a); end !== -1; end = bytes.indexOf(0x0a, start)) {
      keep(bytes.subarray(start, end));
      yield finish();
      parts = [];
      size = 0;
      tooLong = false;
      start = end + 1;
    }
    // The chunk's bytes after its last line break are copied: the stream may reuse its buffer.
    keep(Uint8Array.prototype.slice.call(bytes, start));
  }
  if (size > 0 || tooLong) yield finish();
}
