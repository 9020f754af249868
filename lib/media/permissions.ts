import { hasRole, type Actor } from "../authz/roles";

/** Everyone on the desk uploads pictures and reads the library. */
export function mayUseMedia(actor: Actor): boolean {
  return actor.active;
}

/** Reporters change and delete the pictures they uploaded; editors and admins any. */
export function mayEditMedia(actor: Actor, image: { uploadedBy: string }): boolean {
  return actor.active && (hasRole(actor.role, "editor") || image.uploadedBy === actor.id);
}
