import { getDb } from "@/db";
import { invitePerson, listPeople } from "@/db/services/people";
import { can } from "@/lib/authz/can";
import { ok } from "@/lib/errors";
import { newPersonSchema, peopleQuerySchema } from "@/lib/validation/people";
import { defineRoute } from "@/server/api/define-route";
import { deliverLink } from "@/server/people/issued-link";

const refusal = "manage_people_admins_only";

export const GET = defineRoute({ allow: can.managePeople, refusal, query: peopleQuerySchema, run: ({ actor, query }) => listPeople(getDb(), actor, query) });

/** An invitation: `{id, invitationUrl, expiresAt, mailed}`, the link also mailed when SMTP is configured. */
export const POST = defineRoute({
  allow: can.managePeople,
  refusal,
  body: newPersonSchema,
  run: async ({ actor, body, request }) => {
    const issued = await invitePerson(getDb(), actor, body);
    if (!issued.ok) return issued;
    const { link, mailed } = await deliverLink(request.headers, issued.data, "invite");
    return ok({ id: issued.data.id, invitationUrl: link, expiresAt: issued.data.expiresAt, mailed });
  },
  status: 201,
  location: (invited) => `/api/v1/users/${invited.id}`,
});
