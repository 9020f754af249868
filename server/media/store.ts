/**
 * Where image files live: the local disk by default, an S3-compatible bucket
 * when a newsroom runs more than one app instance. Keys are ours (an image's
 * id and a content hash), never a name someone uploaded.
 */
export type MediaStore = {
  /** Writes the bytes under `key`, replacing what was there; a reader never sees half a file. */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The bytes under `key`, or null when there are none. */
  get(key: string): Promise<Uint8Array<ArrayBuffer> | null>;
  /** Removes what is under each key; a key with nothing under it is no error. */
  remove(keys: string[]): Promise<void>;
};

const KEY = /^[a-z0-9][a-z0-9_-]*(?:\/[a-z0-9][a-z0-9_.-]*)*$/;

/** Refuses a key that is not one of ours: it would be a bug, and on disk a way out of the folder. */
export function assertMediaKey(key: string): void {
  if (!KEY.test(key) || key.includes("..") || key.length > 300) throw new Error(`not a media key: ${JSON.stringify(key)}`);
}
