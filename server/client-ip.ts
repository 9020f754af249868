import { clientAddress } from "@/lib/auth/client-address";
import { env } from "@/lib/env";

/** The client's address, from the X-Forwarded-For our HTTP server wrote (scripts/http-server.ts). */
export function clientIp(headers: Headers): string | null {
  return clientAddress(headers.get("x-forwarded-for"), env().TRUST_PROXY);
}
