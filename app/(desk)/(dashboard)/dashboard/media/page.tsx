import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MediaUpload } from "@/components/dashboard/media/media-upload";
import { UsedByList } from "@/components/dashboard/media/used-by-list";
import { FilterSelect } from "@/components/dashboard/filter-select";
import { DateInput } from "@/components/ui/date-input";
import { Field } from "@/components/ui/field";
import { getDb } from "@/db";
import { listPeopleNames } from "@/db/queries/users";
import { listMedia } from "@/db/services/media";
import { toActor } from "@/lib/authz/roles";
import { env } from "@/lib/env";
import { fieldErrorsOf } from "@/lib/errors";
import { thumbnailOf } from "@/lib/media/picture";
import { mediaQuerySchema } from "@/lib/validation/media";
import { mediaSetup } from "@/server/media/media-setup";
import { pageRefusalText } from "@/server/i18n/refusal-page-text";
import { requireUser } from "@/server/session";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("media"))("title") };
}

const PARAMS = ["q", "uploader", "from", "to", "cursor"] as const;

/** The library: upload, search by words and uploader, newest first in pages, each picture with where it is used. */
export default async function MediaPage({ searchParams }: Props) {
  const actor = toActor(await requireUser());
  const raw = await searchParams;
  const given = Object.fromEntries(PARAMS.flatMap((p) => (typeof raw[p] === "string" && raw[p] ? [[p, raw[p]]] : [])));
  const schema = mediaQuerySchema(env().NEWSROOM_TIMEZONE);
  const parsed = schema.safeParse(given);
  const query = parsed.success ? parsed.data : schema.parse({});
  const [t, people, refusal, listed] = await Promise.all([
    getTranslations("media"),
    listPeopleNames(getDb()),
    pageRefusalText(),
    listMedia(getDb(), mediaSetup(), actor, query),
  ]);
  const items = listed.ok ? listed.data.items : [];
  const next = listed.ok ? listed.data.nextCursor : null;
  const filters = Object.fromEntries(PARAMS.flatMap((p) => (p !== "cursor" && given[p] ? [[p, given[p]]] : [])));
  const filtered = Object.keys(filters).length > 0;
  const nextHref = next ? `?${new URLSearchParams({ ...filters, cursor: next })}` : null;
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-stone-600">{t("intro")}</p>
      </header>
      <MediaUpload maxMb={Math.floor(env().MEDIA_MAX_BYTES / (1024 * 1024))} />
      <form method="get" className="flex flex-wrap items-end gap-3" role="search">
        <label className="grow">
          <span className="block text-sm font-semibold">{t("search")}</span>
          <input name="q" type="search" defaultValue={query.q ?? ""} className="mt-1 block w-full rounded border border-stone-300 px-3 py-1" />
        </label>
        <FilterSelect
          name="uploader"
          label={t("uploader")}
          value={query.uploader ?? ""}
          any={t("anyone")}
          names
          options={people.map((p) => ({ value: p.id, label: p.name }))}
        />
        {(["from", "to"] as const).map((name) => (
          <Field key={name} id={`media-${name}`} label={t(name)} compact smallLabel>
            {(control) => <DateInput control={control} name={name} defaultValue={given[name]} />}
          </Field>
        ))}
        <button type="submit" className="rounded bg-stone-800 px-3 py-1.5 text-white">
          {t("searchButton")}
        </button>
        {filtered && (
          <Link href="/dashboard/media" className="rounded border border-stone-400 px-3 py-1.5">
            {t("clear")}
          </Link>
        )}
      </form>
      {!parsed.success && (
        <p role="alert" className="text-accent">
          {Object.values(fieldErrorsOf(parsed.error.issues)).map(refusal).join(" ")}
        </p>
      )}
      {items.length === 0 ? (
        <p className="text-stone-600">{filtered ? t("noMatch") : t("empty")}</p>
      ) : (
        <ul className="grid grid-cols-2 gap-4 md:grid-cols-4" data-testid="media-grid">
          {items.map((image) => {
            const thumb = thumbnailOf(image.variants);
            return (
              <li key={image.id} className="overflow-hidden rounded border border-stone-200 bg-white" data-testid="media-item">
                {thumb && (
                  // eslint-disable-next-line @next/next/no-img-element -- the library's own variant, made at upload
                  <img
                    src={thumb.url}
                    width={thumb.width}
                    height={thumb.height}
                    alt=""
                    loading="lazy"
                    className="aspect-[4/3] w-full bg-stone-100 object-cover"
                  />
                )}
                <div className="space-y-1 p-2 text-sm">
                  <p className="line-clamp-2">
                    <Link href={`/dashboard/media/${image.id}`} className="font-semibold underline">
                      <bdi>{image.caption || image.filename}</bdi>
                    </Link>
                  </p>
                  <p className="text-stone-600">
                    <bdi>{image.credit}</bdi> · <bdi>{image.uploadedBy.name}</bdi>
                  </p>
                  <p className="text-stone-500">{t("size", { width: image.width, height: image.height })}</p>
                  {image.alt && (
                    <p className="text-stone-500 italic" data-testid="media-alt">
                      <bdi lang={image.language}>{image.alt}</bdi>
                    </p>
                  )}
                  {!image.alt && !image.decorative && <p className="font-semibold text-accent">{t("noAlt")}</p>}
                  {image.decorative && <p className="text-stone-600">{t("decorativeBadge")}</p>}
                  <p data-testid="media-used">{t("usedIn", { count: image.usedBy?.length ?? 0 })}</p>
                  <UsedByList stories={image.usedBy ?? []} />
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {nextHref && (
        <Link href={nextHref} className="inline-block underline">
          {t("older")}
        </Link>
      )}
    </div>
  );
}
