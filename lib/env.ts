import { parsePublicBase } from "./site/public-url";
import { z } from "./zod";

/** IANA zone names are checked against the runtime's own tz database. */
function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const flag = z
  .enum(["1", "0", "true", "false", "yes", "no", ""])
  .optional()
  .transform((v) => v === "1" || v === "true" || v === "yes");

/** An empty variable counts as unset, as shells and .env files often leave them. */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (v === "" ? undefined : v), schema.optional());
}

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: optional(z.string().regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")),
    AUTH_SECRET: optional(z.string().min(32, "must be at least 32 characters (try: openssl rand -base64 33)")),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOST: z.string().min(1).default("127.0.0.1"),
    NEWSROOM_DATA_DIR: z.string().min(1).default(".data"),
    NEWSROOM_TIMEZONE: z.string().refine(isTimeZone, "is not a known IANA time zone").default("Africa/Cairo"),
    NEWSROOM_SEED_DEMO: flag,
    /** Set by `npm run bench:site` for its own build (.next-bench, with the static ceiling page). */
    NEWSROOM_BENCH: flag,
    /** `0` leaves scheduled publishing to a separate `npm run worker`; on by default. */
    NEWSROOM_WORKER: z
      .enum(["1", "0", "true", "false", "yes", "no", ""])
      .optional()
      .transform((v) => v !== "0" && v !== "false" && v !== "no"),
    TRUST_PROXY: flag,
    NEWSROOM_SIGNIN_IP_LIMIT: z.coerce.number().int().min(1).max(100_000).default(20),
    /** Seconds nginx or a CDN may keep a public page before asking again (they cannot be purged on publish). */
    NEWSROOM_PUBLIC_S_MAXAGE: z.coerce.number().int().min(0).max(86_400).default(1),
    /**
     * Where readers reach the site (`https://news.example`, or with a path prefix), for the addresses
     * that leave the page: feeds, sitemaps, canonical links, structured data, link previews. Behind a
     * proxy or CDN the app cannot see it; unset, the app names its own origin. Normalised to no
     * trailing slash; the length leaves room in the sitemaps' 2,048-character address limit.
     */
    NEWSROOM_PUBLIC_URL: optional(
      z
        .string()
        .max(200, "must be at most 200 characters")
        .refine((v) => parsePublicBase(v) !== null, "must be an http(s) URL without credentials, query or fragment")
        .transform((v) => parsePublicBase(v)!),
    ),
    /** Memory for rendered public pages and their data in each app process. */
    NEWSROOM_PAGE_CACHE_MB: z.coerce.number().int().min(8).max(65_536).default(256),
    /** When set (smtp:// or smtps://, credentials in the URL), invitation and reset links are also mailed. */
    SMTP_URL: optional(z.string().regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")),
    SMTP_FROM: optional(z.string().min(3, "must be a sender such as Newsroom <desk@example.com>")),
    /** The largest image upload, in bytes. */
    MEDIA_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1024, "must be at least 1024")
      .max(200 * 1024 * 1024, "must be at most 209715200 (200 MB)")
      .default(20 * 1024 * 1024),
    /** Where readers fetch image variants from when not this app's /media/ (a CDN or the bucket's public address). */
    MEDIA_PUBLIC_URL: optional(z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).transform((url) => url.replace(/\/+$/, ""))),
    /** When set, images live in this S3-compatible bucket (every app instance sees the same files) instead of NEWSROOM_DATA_DIR/media. */
    MEDIA_S3_BUCKET: optional(z.string().min(3, "must be a bucket name")),
    MEDIA_S3_REGION: z.string().min(1).default("us-east-1"),
    /** The service's address for MinIO, Cloudflare R2 and the like; unset for AWS S3. */
    MEDIA_S3_ENDPOINT: optional(z.url({ protocol: /^https?$/, error: "must be an http(s) URL" })),
    MEDIA_S3_ACCESS_KEY_ID: optional(z.string().min(1)),
    MEDIA_S3_SECRET_ACCESS_KEY: optional(z.string().min(1)),
    MEDIA_S3_FORCE_PATH_STYLE: flag,
  })
  .refine((e) => !e.SMTP_URL || e.SMTP_FROM, { message: "is needed when SMTP_URL is set", path: ["SMTP_FROM"] })
  .refine((e) => !e.MEDIA_S3_BUCKET || e.MEDIA_S3_ACCESS_KEY_ID, { message: "is needed when MEDIA_S3_BUCKET is set", path: ["MEDIA_S3_ACCESS_KEY_ID"] })
  .refine((e) => !e.MEDIA_S3_BUCKET || e.MEDIA_S3_SECRET_ACCESS_KEY, {
    message: "is needed when MEDIA_S3_BUCKET is set",
    path: ["MEDIA_S3_SECRET_ACCESS_KEY"],
  });

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {}

/** Parses an environment; throws EnvError naming each bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new EnvError(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;

/** The validated process environment, read once. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
