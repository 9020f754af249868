import { hasRole, type Role } from "./roles";

export type NavItem = { key: "overview" | "stories" | "calendar" | "media" | "admin" | "site"; href: string; requires: Role };

const NAV_ITEMS: NavItem[] = [
  { key: "overview", href: "/dashboard", requires: "reporter" },
  { key: "stories", href: "/dashboard/articles", requires: "reporter" },
  { key: "calendar", href: "/dashboard/calendar", requires: "reporter" },
  { key: "media", href: "/dashboard/media", requires: "reporter" },
  { key: "admin", href: "/admin", requires: "admin" },
  { key: "site", href: "/", requires: "reporter" },
];

/** The dashboard navigation a role may see; the server still checks each page. */
export function navigationFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => hasRole(role, item.requires));
}
