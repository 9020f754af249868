import { getDb } from "@/db";
import { resetPassword } from "@/db/services/people";
import { can } from "@/lib/authz/can";
import { ok } from "@/lib/errors";
import { defineRoute } from "@/server/api/define-route";
import { idParams } from "@/server/api/params";
import { deliverLink } from "@/server/people/issued-link";

/** A new one-time password link for the person: `{invitationUrl, expiresAt, mailed}`. */
export const POST = defineRoute({
  allow: can.managePeople,
  refusal: "manage_people_admins_only",
  params: idParams,
  missing: "person_not_found",
  run: async ({ actor, params, request }) => {
    const issued = await resetPassword(getDb(), actor, params.id);
    if (!issued.ok) return issued;
    const { link, mailed } = await deliverLink(request.headers, issued.data, "reset");
    return ok({ invitationUrl: link, expiresAt: issued.data.expiresAt, mailed });
  },
  status: 201,
});
