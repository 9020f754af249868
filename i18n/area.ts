/** Set by proxy.ts on newsroom (non-public) requests. */
export const APP_AREA_HEADER = "x-newsroom-area";
