import { z } from "../zod";
import { emailSchema } from "../auth/credentials";
import { ROLES } from "../authz/roles";
import { cursorParam } from "../pagination/cursor";
import { oneOf, pageLimit, typedText } from "./text";

export const NAME_MAX = 200;

const name = typedText({ type: "name_required" }).trim().min(1, "name_required").max(NAME_MAX, "name_too_long");
const role = oneOf(ROLES, "role_unknown");

export const newPersonSchema = z.strictObject({
  name,
  email: emailSchema(),
  role,
});

export const personChangeSchema = z
  .strictObject({
    name: name.optional(),
    role: role.optional(),
    active: z.boolean({ error: "active_not_boolean" }).optional(),
    /** The version the change was made against; a newer one is a conflict rather than an overwrite. */
    version: z.coerce.number({ error: "version_not_number" }).int("version_not_number").min(1, "version_not_number").optional(),
  })
  .refine((c) => c.name !== undefined || c.role !== undefined || c.active !== undefined, {
    message: "send_one_of",
    params: { fields: "name, role, active" },
    path: ["_"],
  });

export const peopleQuerySchema = z.strictObject({
  q: typedText().trim().max(200, "search_too_long").optional(),
  cursor: cursorParam.optional(),
  limit: pageLimit(100, 25),
});

export type NewPersonInput = z.output<typeof newPersonSchema>;
export type PersonChangeInput = z.output<typeof personChangeSchema>;
export type PeopleQuery = z.output<typeof peopleQuerySchema>;
