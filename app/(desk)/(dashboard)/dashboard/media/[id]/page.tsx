import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { DeleteMediaForm } from "@/components/dashboard/media/delete-media-form";
import { MediaDetailsForm } from "@/components/dashboard/media/media-details-form";
import { ReplaceFile } from "@/components/dashboard/media/replace-file";
import { UsedByList } from "@/components/dashboard/media/used-by-list";
import { getDb } from "@/db";
import { getMedia } from "@/db/services/media";
import { can } from "@/lib/authz/can";
import { toActor } from "@/lib/authz/roles";
import { idParams } from "@/server/api/params";
import { mediaSetup } from "@/server/media/media-setup";
import { requireUser } from "@/server/session";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("media"))("detailTitle") };
}

/** The largest WebP a desk screen needs to judge a picture. */
const PREVIEW_WIDTH = 1200;

/** One picture: its file, its words (changed here), where it is used, a new file for it, or its deletion. */
export default async function MediaDetailPage({ params }: Props) {
  const actor = toActor(await requireUser());
  const parsed = idParams.safeParse(await params);
  if (!parsed.success) notFound();
  const found = await getMedia(getDb(), mediaSetup(), actor, parsed.data.id);
  if (!found.ok) notFound();
  const image = found.data;
  const [t, format] = await Promise.all([getTranslations("media"), getFormatter()]);
  const preview = image.variants.filter((v) => v.format === "webp" && v.width <= PREVIEW_WIDTH).toSorted((a, b) => b.width - a.width)[0] ?? image.variants[0];
  const fileSize = (bytes: number) =>
    bytes < 1024 * 1024
      ? t("kilobytes", { kb: format.number(Math.max(1, Math.round(bytes / 1024))) })
      : t("megabytes", { mb: format.number(bytes / (1024 * 1024), { maximumFractionDigits: 1 }) });
  const mayEdit = can.editMedia(actor, { uploadedBy: image.uploadedBy.id });
  const usedBy = image.usedBy ?? [];
  const facts: [string, ReactNode][] = [
    [t("filename"), <bdi key="name">{image.filename}</bdi>],
    [
      t("format"),
      <span key="format" translate="no">
        {image.format.toUpperCase()}
      </span>,
    ],
    [t("dimensions"), t("size", { width: image.width, height: image.height })],
    [t("bytes"), fileSize(image.bytes)],
    [t("uploader"), <bdi key="uploader">{image.uploadedBy.name}</bdi>],
    [t("uploadedAt"), format.dateTime(image.createdAt, "minute")],
  ];
  return (
    <div className="space-y-6">
      <nav>
        <Link href="/dashboard/media" className="text-accent underline">
          {t("back")}
        </Link>
      </nav>
      <h1 className="text-2xl font-bold">{image.caption ? <bdi>{image.caption}</bdi> : t("detailTitle")}</h1>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          {preview && (
            // eslint-disable-next-line @next/next/no-img-element -- the library's own variant, made at upload
            <img
              src={preview.url}
              width={image.width}
              height={image.height}
              alt={image.decorative ? "" : (image.alt ?? "")}
              // The alt text is the uploader's own words, in the picture's language.
              lang={image.language}
              translate="no"
              className="h-auto max-h-[32rem] w-full rounded bg-stone-100 object-contain"
            />
          )}
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded border border-stone-200 bg-white p-4 text-sm">
            {facts.map(([term, value]) => (
              <div key={term} className="contents">
                <dt className="font-semibold">{term}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <a href={`/api/v1/media/${image.id}/original`} className="inline-block text-accent underline">
            {t("original")}
          </a>
          <section className="rounded border border-stone-200 bg-white p-4">
            <h2 className="text-lg font-semibold">{t("usedIn", { count: usedBy.length })}</h2>
            <UsedByList stories={usedBy} className="mt-2" />
          </section>
        </div>
        <div className="space-y-6">
          {mayEdit ? (
            <>
              <MediaDetailsForm
                id={image.id}
                version={image.version}
                current={{
                  alt: image.alt,
                  decorative: image.decorative,
                  caption: image.caption,
                  credit: image.credit,
                  usageNote: image.usageNote,
                  language: image.language,
                }}
              />
              <ReplaceFile id={image.id} version={image.version} />
              <DeleteMediaForm id={image.id} inUse={usedBy.length > 0} />
            </>
          ) : (
            <section className="space-y-2 rounded border border-stone-200 bg-white p-4 text-sm">
              <p className="text-stone-600">{t("readOnly")}</p>
              <p>
                <bdi>{image.credit}</bdi>
              </p>
              {image.alt && (
                <p className="italic">
                  <bdi lang={image.language}>{image.alt}</bdi>
                </p>
              )}
              {image.usageNote && (
                <p>
                  <bdi>{image.usageNote}</bdi>
                </p>
              )}
            </section>
          )}
        </div>
      </div>
    </div>
  );
}
