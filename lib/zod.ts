import { z } from "zod";

/**
 * Zod as the app's code takes it. In the browser Zod would try `new Function`
 * once, to see whether it may compile object parsers; the Content-Security-
 * Policy refuses eval (lib/http/content-security-policy.ts), and the browser
 * reports that caught try as a violation on every desk page. Told up front,
 * Zod interprets instead, which is plenty for forms. The server keeps the
 * compiled parsers. Set here, before any schema is built: Zod decides when
 * an object schema is created.
 */
if (typeof window !== "undefined") z.config({ jitless: true });

export { z };
