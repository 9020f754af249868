"use client";

import { useTranslations } from "next-intl";
import { ROLES } from "@/lib/authz/roles";

/** Every role as an `<option>`, in the reader's language. */
export function RoleOptions() {
  const roles = useTranslations("roles");
  return ROLES.map((r) => (
    <option key={r} value={r}>
      {roles(r)}
    </option>
  ));
}
