import { writeToString } from "@fast-csv/format";
import { getDb } from "@/db";
import { allAudit } from "@/db/services/audit-log";
import { AUDIT_CSV_HEADERS, auditCsvRow } from "@/lib/audit/csv";
import { can } from "@/lib/authz/can";
import { env } from "@/lib/env";
import { auditQuerySchema } from "@/lib/validation/audit";
import { defineRoute } from "@/server/api/define-route";

/** The filtered audit log as CSV, streamed page by page (UTF-8 with a BOM, so spreadsheets read Arabic). */
export const GET = defineRoute({
  allow: can.readAudit,
  refusal: "audit_admins_only",
  query: auditQuerySchema(env().NEWSROOM_TIMEZONE),
  run: async ({ actor, query }) => {
    const pages = allAudit(getDb(), actor, query);
    const encoder = new TextEncoder();
    let started = false;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (!started) {
          started = true;
          controller.enqueue(encoder.encode(`\uFEFF${await writeToString([AUDIT_CSV_HEADERS], { includeEndRowDelimiter: true })}`));
          return;
        }
        const next = await pages.next();
        if (next.done || !next.value.ok) {
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(await writeToString(next.value.data.map(auditCsvRow), { includeEndRowDelimiter: true })));
      },
    });
    const day = new Date().toISOString().slice(0, 10);
    return new Response(body, { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="audit-${day}.csv"` } });
  },
});
