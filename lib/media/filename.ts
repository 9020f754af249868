/**
 * Whether an uploaded file's name may be kept as its label. We never use it
 * as a path (keys are ours), but a name that tries to be one (`../`, a slash),
 * or hides its end with bidi controls (`photo\u202Egpj.exe` reads as
 * "photoexe.jpg"), says the file was made to deceive, so it is refused.
 */
// Path separators, C0 and C1 controls, and the bidi embeddings, overrides and isolates.
const FORBIDDEN = /[/\\\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const MAX_NAME_LENGTH = 255;

export type FilenameProblem = { reason: "media_filename_refused" };

export function filenameProblem(name: string): FilenameProblem | null {
  if (name.length > MAX_NAME_LENGTH || FORBIDDEN.test(name) || name.split(".").every((part) => part === "")) return { reason: "media_filename_refused" };
  if (name.includes("..")) return { reason: "media_filename_refused" };
  return null;
}
