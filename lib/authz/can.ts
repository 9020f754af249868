import { mayEditMedia, mayUseMedia } from "../media/permissions";
import { mayManagePeople } from "../people/guards";
import { mayAssign, mayEdit, mayWork } from "../workflow/policy";
import { hasRole, type Actor } from "./roles";

/**
 * Every named permission in one place: actions, route handlers and read
 * services all ask `can.<rule>(actor, …)`. The rules themselves live with
 * the domain they belong to (the workflow, the people guards); this is the
 * index that every entry point uses.
 */
export const can = {
  /** Create stories, read the desk's stories, notes and history. */
  work: mayWork,
  editStory: mayEdit,
  /** Set deadlines and assigned editors. */
  assignStory: mayAssign,
  managePeople: mayManagePeople,
  /** Put a published story in the breaking-news bar, or take it out. */
  markBreaking: (actor: Actor) => actor.active && hasRole(actor.role, "editor"),
  /** Choose the home page's lead and top stories. */
  curateHome: (actor: Actor) => actor.active && hasRole(actor.role, "editor"),
  manageSections: (actor: Actor) => actor.active && actor.role === "admin",
  readAudit: (actor: Actor) => actor.active && actor.role === "admin",
  /** Upload pictures and read the media library. */
  useMedia: mayUseMedia,
  /** Describe, replace or delete this picture. */
  editMedia: mayEditMedia,
} as const;
