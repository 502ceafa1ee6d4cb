import { type UserError, userError } from "./diagnostics.js";

/** Turns a failure to open a font file (fs or fontkit) into a UserError naming the file and the problem. */
export function fontError(path: string, error: unknown): UserError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const detail = error instanceof Error ? error.message : String(error);
  switch (code) {
    case "ENOENT":
      return userError("font file not found", path, "check the font paths of the theme");
    case "EACCES":
    case "EPERM":
      return userError("cannot read font file: permission denied", path);
    case "EISDIR":
      return userError("font path is a folder, not a font file", path);
    default:
      return userError(
        `cannot use font file: not a valid OpenType/TrueType font (${detail})`,
        path,
        "use an .otf or .ttf file",
      );
  }
}

/** A font file whose tables are cut short or do not match their checksums. */
export function damagedFontError(path: string, detail: string): UserError {
  return userError(
    `cannot use font file: ${detail}`,
    path,
    "copy the font file again (the fonts shipped with vitae are in fonts/)",
  );
}
