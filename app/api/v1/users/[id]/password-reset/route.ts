import { getDb } from "@/db";
import { resetPassword } from "@/db/services/people";
import { errorResponse, passwordLink, personRoute } from "@/server/api/respond";

export const POST = personRoute(async ({ actor, id, request }) => {
  const issued = await resetPassword(getDb(), actor, id);
  if (!issued.ok) return errorResponse(issued);
  return Response.json({ invitationUrl: passwordLink(request, issued.data.token), expiresAt: issued.data.expiresAt }, { status: 201 });
});
