import { z } from "../zod";
import { emailSchema } from "../auth/credentials";
import { ROLES } from "../authz/roles";
import { cursorParam } from "../pagination/cursor";
import { typedText } from "./text";

export const NAME_MAX = 200;

const name = typedText({ type: "Enter a name." }).trim().min(1, "Enter a name.").max(NAME_MAX, `Keep the name to ${NAME_MAX} characters.`);
const role = z.enum(ROLES, { error: `Role must be one of: ${ROLES.join(", ")}.` });

export const newPersonSchema = z.strictObject({
  name,
  email: emailSchema({ required: "Enter an email address.", invalid: "Enter a valid email address." }),
  role,
});

export const personChangeSchema = z
  .strictObject({
    name: name.optional(),
    role: role.optional(),
    active: z.boolean({ error: "active must be true or false." }).optional(),
  })
  .refine((c) => c.name !== undefined || c.role !== undefined || c.active !== undefined, { message: "Send at least one of name, role, active.", path: ["_"] });

export const peopleQuerySchema = z.strictObject({
  q: typedText().trim().max(200, "Keep the search to 200 characters.").optional(),
  cursor: cursorParam.optional(),
  limit: z.coerce.number({ error: "Limit must be a number from 1 to 100." }).int().min(1, "Limit must be a number from 1 to 100.").max(100, "Limit must be a number from 1 to 100.").default(25),
});

export type NewPersonInput = z.output<typeof newPersonSchema>;
export type PersonChangeInput = z.output<typeof personChangeSchema>;
export type PeopleQuery = z.output<typeof peopleQuerySchema>;
