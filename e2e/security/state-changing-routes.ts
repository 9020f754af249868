/**
 * Every state-changing entry point, with a request that would succeed if the
 * caller were allowed: the cross-site and body-limit tests go through this list.
 */
export type Target = { story: string; revision: string; section: string; person: string };

export type StateChange = {
  method: "POST" | "PATCH" | "DELETE";
  /** The route file's path pattern, as the inventory reads it from app/. */
  route: string;
  path: (t: Target) => string;
  body?: (t: Target) => unknown;
  /** Sent as text/plain (the import) instead of JSON. */
  text?: string;
};

export const STATE_CHANGES: StateChange[] = [
  {
    method: "POST",
    route: "/api/v1/articles",
    path: () => "/api/v1/articles",
    body: () => ({ headline: "عنوان مزور", bodyText: "نص.", section: "world", language: "ar" }),
  },
  { method: "POST", route: "/api/v1/articles/import", path: () => "/api/v1/articles/import?section=world", text: "عنوان مزور\n\nفقرة من الخبر المستورد." },
  { method: "PATCH", route: "/api/v1/articles/[id]", path: (t) => `/api/v1/articles/${t.story}`, body: () => ({ version: 1, headline: "عنوان مزور" }) },
  { method: "POST", route: "/api/v1/articles/[id]/notes", path: (t) => `/api/v1/articles/${t.story}/notes`, body: () => ({ body: "ملاحظة مزورة" }) },
  { method: "POST", route: "/api/v1/articles/[id]/presence", path: (t) => `/api/v1/articles/${t.story}/presence` },
  { method: "DELETE", route: "/api/v1/articles/[id]/presence", path: (t) => `/api/v1/articles/${t.story}/presence` },
  { method: "POST", route: "/api/v1/notifications/read", path: () => "/api/v1/notifications/read", body: () => ({ all: true }) },
  {
    method: "POST",
    route: "/api/v1/articles/[id]/transitions",
    path: (t) => `/api/v1/articles/${t.story}/transitions`,
    body: () => ({ to: "in_review", version: 1 }),
  },
  {
    method: "POST",
    route: "/api/v1/articles/[id]/revisions/[rev]/restore",
    path: (t) => `/api/v1/articles/${t.story}/revisions/${t.revision}/restore`,
    body: () => ({ version: 1 }),
  },
  { method: "POST", route: "/api/v1/articles/[id]/breaking", path: (t) => `/api/v1/articles/${t.story}/breaking`, body: () => ({ minutes: 30 }) },
  { method: "DELETE", route: "/api/v1/articles/[id]/breaking", path: (t) => `/api/v1/articles/${t.story}/breaking` },
  { method: "POST", route: "/api/v1/articles/[id]/home", path: (t) => `/api/v1/articles/${t.story}/home`, body: () => ({ slot: 1, minutes: 60 }) },
  { method: "DELETE", route: "/api/v1/articles/[id]/home", path: (t) => `/api/v1/articles/${t.story}/home` },
  { method: "POST", route: "/api/v1/sections", path: () => "/api/v1/sections", body: () => ({ slug: "forged", nameAr: "مزور", nameEn: "Forged" }) },
  { method: "PATCH", route: "/api/v1/sections/[id]", path: (t) => `/api/v1/sections/${t.section}`, body: () => ({ nameEn: "Forged" }) },
  { method: "DELETE", route: "/api/v1/sections/[id]", path: (t) => `/api/v1/sections/${t.section}` },
  { method: "POST", route: "/api/v1/sections/[id]/move", path: (t) => `/api/v1/sections/${t.section}/move`, body: () => ({ direction: "up" }) },
  {
    method: "POST",
    route: "/api/v1/users",
    path: () => "/api/v1/users",
    body: () => ({ name: "Forged", email: `forged-${Date.now()}@example.test`, role: "admin" }),
  },
  { method: "PATCH", route: "/api/v1/users/[id]", path: (t) => `/api/v1/users/${t.person}`, body: () => ({ role: "admin" }) },
  { method: "POST", route: "/api/v1/users/[id]/password-reset", path: (t) => `/api/v1/users/${t.person}/password-reset` },
  { method: "POST", route: "/api/auth/[...nextauth]", path: () => "/api/auth/signout" },
  { method: "POST", route: "/logout", path: () => "/logout" },
];
