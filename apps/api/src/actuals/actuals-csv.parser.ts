import { Injectable } from '@nestjs/common';
import { setImmediate as nextTurn } from 'timers/promises';
import { createActualsCsvReader, type ActualsCsvOptions, type ActualsCsvResult } from '@app/actuals';

/** Parts a buffered upload is read in, one per turn of the event loop. */
const BUFFERED_PART_BYTES = 64 * 1024;

/** An upload read: its size, and what the reader made of it when it was within the limit. */
export type ActualsUpload = { bytes: number; overLimit: true } | { bytes: number; overLimit: false; result: ActualsCsvResult };

/**
 * Reads helpdesk exports (libs/actuals' createActualsCsvReader) a part at a time as they arrive,
 * so the event loop serves other requests between parts and memory holds the messages, not the
 * file. A streamed body is read to its end even once its result is known (or it is over the
 * limit), the rest dropped unparsed, as the body parser does: the client is answered after it
 * has sent its request, on a connection that stays usable.
 */
@Injectable()
export class ActualsCsvParser {
  async read(source: Uint8Array | AsyncIterable<Uint8Array>, options: ActualsCsvOptions, limitBytes: number): Promise<ActualsUpload> {
    const reader = createActualsCsvReader(options);
    let bytes = 0;
    for await (const part of source instanceof Uint8Array ? partsOf(source) : source) {
      bytes += part.byteLength;
      // a settled reader only notes that parts went unread
      if (bytes <= limitBytes) reader.push(part);
    }
    if (bytes > limitBytes) return { bytes, overLimit: true };
    return { bytes, overLimit: false, result: reader.finish() };
  }
}

/** A buffered upload (a multipart file) in parts, the event loop free between them. */
async function* partsOf(content: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < content.byteLength; at += BUFFERED_PART_BYTES) {
    if (at > 0) await nextTurn();
    yield content.subarray(at, at + BUFFERED_PART_BYTES);
  }
}
