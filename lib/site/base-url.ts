/**
 * The address the app is reached at: NEWSROOM_PUBLIC_URL when set, else its
 * own listening address. Absolute links the app writes (feeds, sitemaps,
 * notification mail) start with it.
 */
export function baseUrlOf(config: { NEWSROOM_PUBLIC_URL?: string; HOST: string; PORT: number }): string {
  if (config.NEWSROOM_PUBLIC_URL) return config.NEWSROOM_PUBLIC_URL;
  const host = config.HOST === "0.0.0.0" || config.HOST === "::" ? "localhost" : config.HOST.includes(":") ? `[${config.HOST}]` : config.HOST;
  return `http://${host}:${config.PORT}`;
}
