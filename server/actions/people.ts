"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { getDb } from "@/db";
import { changePerson, invitePerson, resetPassword, type Person } from "@/db/services/people";
import { can } from "@/lib/authz/can";
import { ok } from "@/lib/errors";
import { newPersonSchema, personChangeSchema } from "@/lib/validation/people";
import { deliverLink, type DeliveredLink } from "@/server/people/issued-link";
import { defineAction, type ActionState } from "./define-action";

export type PeopleFormState = ActionState<DeliveredLink>;
export type PersonFormState = ActionState<Person>;

const id = z.uuid("person_not_found");

export const invitePersonAction = defineAction({
  role: "admin",
  allow: can.managePeople,
  schema: newPersonSchema,
  run: async (input, actor) => {
    const issued = await invitePerson(getDb(), actor, input);
    return issued.ok ? ok(await deliverLink(await headers(), issued.data, "invite")) : issued;
  },
  revalidate: () => ["/admin/users"],
});

/** Only the fields the admin changed are sent on, with the version the page showed. */
export const changePersonAction = defineAction({
  role: "admin",
  allow: can.managePeople,
  changedOnly: ["name", "role", "active"],
  schema: z.object({
    id,
    name: personChangeSchema.shape.name,
    role: personChangeSchema.shape.role,
    active: z
      .enum(["true", "false"])
      .transform((v) => v === "true")
      .optional(),
    version: z.coerce.number().int().min(1),
  }),
  run: ({ id, ...change }, actor) => changePerson(getDb(), actor, id, change),
  revalidate: ({ id }) => ["/admin/users", `/admin/users/${id}`],
});

export const resetPasswordAction = defineAction({
  role: "admin",
  allow: can.managePeople,
  schema: z.object({ id }),
  run: async (input, actor) => {
    const issued = await resetPassword(getDb(), actor, input.id);
    return issued.ok ? ok(await deliverLink(await headers(), issued.data, "reset")) : issued;
  },
  revalidate: ({ id }) => [`/admin/users/${id}`],
});
