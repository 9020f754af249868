import { getDb } from "@/db";
import { resetPassword } from "@/db/services/people";
import { errorResponse, issuedLinkResponse, personRoute } from "@/server/api/respond";

export const POST = personRoute(async ({ actor, id, request }) => {
  const issued = await resetPassword(getDb(), actor, id);
  return issued.ok ? issuedLinkResponse(request, issued.data, "reset") : errorResponse(issued);
});
