import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { BreakingPanel } from "@/components/dashboard/articles/breaking-panel";
import { HomePanel } from "@/components/dashboard/articles/home-panel";
import { DeskForm } from "@/components/dashboard/articles/desk-form";
import { NotesThread } from "@/components/dashboard/articles/notes-thread";
import { staffNames } from "@/db/services/notifications";
import { Presence } from "@/components/dashboard/articles/presence";
import { AddressForm } from "@/components/dashboard/articles/address-form";
import { FeaturedPictureForm } from "@/components/dashboard/articles/featured-picture-form";
import { pictureChoicesFor } from "@/server/media/picture-choices";
import { StoryEditorForm } from "@/components/dashboard/articles/story-editor-form";
import { StoryVersion } from "@/components/dashboard/articles/story-version";
import { PublishedLate } from "@/components/dashboard/articles/published-late";
import { StatusBadge } from "@/components/dashboard/articles/status-badge";
import { UnsavedChangesProvider } from "@/components/dashboard/articles/unsaved-changes";
import { Timeline } from "@/components/dashboard/articles/timeline";
import { TransitionPanel } from "@/components/dashboard/articles/transition-panel";
import { RichText } from "@/components/public/rich-text";
import { bodyPictureIds } from "@/lib/media/uses";
import { picturesForDesk } from "@/server/media/readers-pictures";
import { getDb } from "@/db";
import { listAssignableEditors, listSections } from "@/db/queries/articles";
import { storyPath } from "@/db/queries/public-stories";
import { articleTimeline } from "@/db/queries/timeline";
import { listNotes } from "@/db/services/article-notes";
import { getArticle } from "@/db/services/article-read";
import { toActor } from "@/lib/authz/roles";
import { isBreaking } from "@/lib/breaking/expiry";
import { isPinned } from "@/lib/home/lineup";
import { env } from "@/lib/env";
import { isolate } from "@/lib/arabic/bidi";
import { joinNames } from "@/lib/i18n/names";
import { unresolvedRelated } from "@/lib/richtext/related";
import { sectionChoices, sectionName } from "@/lib/i18n/section-name";
import { toLocalInput, zoneName } from "@/lib/time/zoned";
import { articleIdSchema } from "@/lib/validation/article";
import { requireUser } from "@/server/session";

type Params = { params: Promise<{ id: string }> };

async function load(id: string) {
  const user = await requireUser();
  if (!articleIdSchema.safeParse(id).success) notFound();
  const actor = toActor(user);
  const result = await getArticle(getDb(), actor, id);
  if (!result.ok) notFound();
  return { actor, story: result.data };
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { story } = await load((await params).id);
  return { title: story.headline };
}

export default async function ArticlePage({ params }: Params) {
  const { actor, story } = await load((await params).id);
  const zone = env().NEWSROOM_TIMEZONE;
  const [t, format, locale, sections, editors, notes, timeline, staff, pictureChoices] = await Promise.all([
    getTranslations("articles"),
    getFormatter(),
    getLocale(),
    listSections(getDb()),
    listAssignableEditors(getDb()),
    listNotes(getDb(), actor, story.id),
    articleTimeline(getDb(), story.id),
    staffNames(getDb()),
    pictureChoicesFor(actor, story.featuredImageId),
  ]);
  const bodyPictures = story.working ? await picturesForDesk(bodyPictureIds(story.working.body)) : new Map();
  const formatTime = (d: Date) => format.dateTime(d, "minute");
  const working = story.working;
  const isAuthor = story.authors.some((a) => a.id === actor.id);
  const [tImport, tHistory, tPreview] = await Promise.all([getTranslations("import"), getTranslations("history"), getTranslations("preview")]);
  const unresolved = working ? unresolvedRelated(working.body) : [];
  const onSite = story.status === "published" || story.status === "scheduled";

  return (
    <UnsavedChangesProvider>
      <div className="grid gap-8 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <header className="space-y-2">
            <div className="flex flex-wrap items-center gap-3 text-sm text-stone-600">
              <StatusBadge status={story.status} />
              {story.status === "published" && <PublishedLate seconds={story.publishedLateSeconds} />}
              <StoryVersion rendered={story.version} />
              <span>{sectionName(story.section, locale)}</span>
              <Link href={`/dashboard/articles/${story.id}/history`} className="text-accent underline">
                {tHistory("link")}
              </Link>
              <Link href={`/dashboard/articles/${story.id}/preview`} className="text-accent underline">
                {tPreview("link")}
              </Link>
              {story.status === "published" && (
                <Link href={storyPath({ sectionSlug: story.section.slug, slug: story.slug })} className="text-accent underline">
                  {t("onSite")}
                </Link>
              )}
            </div>
            <h1 lang={story.language} dir="auto" className="font-serif text-3xl font-bold">
              {story.headline}
            </h1>
            <p className="text-sm text-stone-600">
              {t("by", {
                names: joinNames(
                  story.authors.map((a) => a.name),
                  locale,
                ),
              })}{" "}
              ·{" "}
              <span data-testid="assigned-editor">
                {story.assignedEditor ? t.rich("desk.with", { name: () => <bdi>{story.assignedEditor!.name}</bdi> }) : t("desk.unassigned")}
              </span>
              {story.deadline && (
                <>
                  {" · "}
                  {story.deadline < new Date() ? <strong className="text-accent">⚠ {t("desk.overdue")}: </strong> : null}
                  {t("desk.due", { time: formatTime(story.deadline) })}
                </>
              )}
              {story.publishAt && onSite && <> · {t("desk.scheduledFor", { time: formatTime(story.publishAt) })}</>}
            </p>
            <Presence articleId={story.id} />
            {unresolved.length > 0 && (
              <p className="rounded border-s-4 border-amber-500 bg-amber-50 px-3 py-2 text-amber-900" data-testid="unresolved">
                {tImport("unresolved", { list: unresolved.map(isolate).join(" · ") })}{" "}
                <a href="#body-editor-label" className="font-semibold underline">
                  {tImport("resolve")}
                </a>
              </p>
            )}
            {story.statusReason && (
              <p dir="auto" className="rounded border-s-4 border-orange-500 bg-orange-50 px-3 py-2 text-orange-900" data-testid="status-reason">
                {t("desk.reason", { reason: story.statusReason })}
              </p>
            )}
          </header>
          {story.canEdit && working ? (
            <StoryEditorForm
              me={actor.id}
              storyId={story.id}
              version={story.version}
              sections={sectionChoices(sections, locale, story.section.slug)}
              initial={{ headline: working.headline, dek: working.dek ?? "", section: story.section.slug, language: story.language, body: working.body }}
            />
          ) : (
            <div className="space-y-3">
              <p className="text-sm text-stone-600">{t("readOnly")}</p>
              {working?.dek && (
                <p dir="auto" className="text-lg text-stone-700">
                  {working.dek}
                </p>
              )}
              {working && (
                <div
                  lang={story.language}
                  dir={story.language === "ar" ? "rtl" : "ltr"}
                  className="rounded border border-stone-200 bg-white p-5 font-serif text-lg leading-loose"
                >
                  <RichText doc={working.body} language={story.language} related={new Map()} pictures={bodyPictures} />
                </div>
              )}
            </div>
          )}
        </div>
        <aside className="space-y-8">
          <TransitionPanel
            key={`t${story.version}`}
            id={story.id}
            version={story.version}
            offers={story.allowedTransitions}
            zone={zoneName(zone, locale)}
            isAuthor={isAuthor}
            everPublished={story.firstPublishedAt !== null}
          />
          {story.canMarkBreaking && story.status === "published" && (
            <BreakingPanel id={story.id} until={isBreaking(story, new Date()) ? story.breakingUntil!.toISOString() : null} />
          )}
          {story.canCurateHome && story.status === "published" && (
            <HomePanel id={story.id} pin={isPinned(story, new Date()) ? { slot: story.homeSlot!, until: story.homeUntil?.toISOString() ?? null } : null} />
          )}
          {story.canEdit && (
            <AddressForm
              id={story.id}
              version={story.version}
              slug={story.slug}
              sectionSlug={story.section.slug}
              language={story.language}
              published={story.firstPublishedAt !== null}
              chosen={story.slugChosen}
            />
          )}
          {story.canEdit && <FeaturedPictureForm id={story.id} version={story.version} current={story.featuredImageId} choices={pictureChoices} />}
          {story.canAssign && (
            <DeskForm
              id={story.id}
              version={story.version}
              deadline={story.deadline ? toLocalInput(story.deadline, zone) : ""}
              assignedEditorId={story.assignedEditor?.id ?? ""}
              editors={editors}
              zone={zoneName(zone, locale)}
            />
          )}
          <NotesThread
            articleId={story.id}
            notes={notes.ok ? notes.data : []}
            staff={staff.filter((p) => p.active).map(({ id, name }) => ({ id, name }))}
            formatTime={formatTime}
          />
          <Timeline entries={timeline} formatTime={formatTime} />
        </aside>
      </div>
    </UnsavedChangesProvider>
  );
}
