/** Set by proxy.ts on newsroom (non-public) requests, so their UI language follows the user. */
export const APP_AREA_HEADER = "x-newsroom-area";

/** Set by proxy.ts: the path asked for, so a page that sends someone to sign in can bring them back. */
export const APP_PATH_HEADER = "x-newsroom-path";

/** Set by proxy.ts on every request: the nonce of its Content-Security-Policy, for a page that writes a script of its own. */
export const NONCE_HEADER = "x-nonce";
