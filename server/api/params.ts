import { z } from "zod";

/** Path parameters of the API's resources: ids are UUIDs, anything else names nothing (404). */
export const idParams = z.object({ id: z.uuid("Ids are UUIDs.") });
export const revisionParams = z.object({ id: z.uuid("Ids are UUIDs."), rev: z.uuid("Revision ids are UUIDs.") });
