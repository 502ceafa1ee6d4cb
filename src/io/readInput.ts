/**
 * Reads the files vitae takes as input (section files, variants, job postings, fonts): each must be a regular
 * file (a link to one is fine) and is read only up to a size bound, so a device, a pipe or an endless stream
 * (`/dev/zero`, `/dev/stdin`) ends in a clear error rather than a hang or running out of memory.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";

/** The bytes of the file, or what is wrong in words ("no such file", "it is a folder", …) with its errno code. */
export type ReadResult = { bytes: Buffer } | { problem: string; code?: string; tooLarge?: true };

export function readInputFile(path: string, limitBytes: number): ReadResult {
  let fd: number;
  try {
    // Non-blocking: opening a pipe nobody writes to would otherwise wait forever.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return failure(error);
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) return { problem: "it is a folder", code: "EISDIR" };
    if (!info.isFile()) return { problem: "not a regular file but a device, pipe or socket" };
    if (info.size > limitBytes)
      return { problem: `the file is ${sizeText(info.size, limitBytes)}`, tooLarge: true };
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      // The size stat gave, and one byte more to see the end; 64 KiB at a time when stat tells nothing.
      const chunk = Buffer.allocUnsafe(length === 0 && info.size > 0 ? info.size + 1 : 64 * 1024);
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) return { bytes: Buffer.concat(chunks, length) };
      chunks.push(chunk.subarray(0, read));
      length += read;
      // Grown since it was looked at, or a special file whose size stat does not tell (/proc).
      if (length > limitBytes)
        return { problem: `the file holds more than ${sizeText(limitBytes)}`, tooLarge: true };
    }
  } catch (error) {
    return failure(error);
  } finally {
    closeSync(fd);
  }
}

function failure(error: unknown): ReadResult {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return { problem: errnoWords(error), ...(code === undefined ? {} : { code }) };
}

/**
 * UTF-8 text as vitae reads it: malformed bytes refused (a TypeError; never invented U+FFFD characters), a
 * leading byte-order mark dropped (it would shift line 1's columns), composed (NFC: "José" typed as e +
 * combining accent becomes é, which the fonts draw and extractors read as one letter), and old Mac line endings
 * (a lone CR) made LF, which YAML does not take as a line break; offsets, lines and columns stay the same.
 */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false })
    .decode(bytes)
    .normalize("NFC")
    .replace(/\r(?!\n)/g, "\n");
}

/** "10 MiB", "3.8 MiB", "256 KiB"; with as many decimals as it takes to differ from `other` ("1.02 MiB"). */
export function sizeText(bytes: number, other?: number): string {
  const [unit, name] = bytes >= 1048576 ? [1048576, "MiB"] : [1024, "KiB"];
  const shown = (n: number, digits: number) => (n / unit).toFixed(digits).replace(/\.?0+$/, "");
  let digits = 1;
  while (other !== undefined && digits < 6 && shown(bytes, digits) === shown(other, digits)) digits++;
  return `${shown(bytes, digits)} ${name}`;
}

/** An error of the file system in words, with its code. */
export function errnoWords(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "it is a folder";
    case "ELOOP":
      return "a loop of symbolic links";
    case "ENOTDIR":
      return "a part of the path is not a folder";
    case "ENAMETOOLONG":
      return "the path is too long";
    default:
      return code ?? (error instanceof Error ? error.message : String(error));
  }
}
