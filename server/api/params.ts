import { z } from "zod";

/** Path parameters of the API's resources: ids are UUIDs, anything else names nothing (404). */
export const idParams = z.object({ id: z.uuid("id_not_uuid") });
export const revisionParams = z.object({ id: z.uuid("id_not_uuid"), rev: z.uuid("revision_id_not_uuid") });
