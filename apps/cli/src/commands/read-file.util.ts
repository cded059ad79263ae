import { readFileSync } from 'fs';
import { CliError } from '../cli-error';

/** The bytes of a file the user named, or a one-line error saying why it cannot be read. */
export function readBytes(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message;
    throw new CliError(`cannot read ${file}: ${reason}`);
  }
}
