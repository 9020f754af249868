"use client";

import { useTranslations } from "next-intl";
import type { StoryDraft } from "@/lib/autosave/draft";
import { diffRevisions } from "@/lib/diff/revisions";
import { DiffParagraphs } from "./diff-view";

/** The version on the server: who saved it, and whether that was the person looking (another tab or device). */
export type TheirVersion = StoryDraft & { version: number; by: string | null; byMe: boolean };
export type ConflictChoice = "mine" | "theirs" | "both";

/**
 * Someone saved the story while this person was editing: both versions side
 * by side with the differences marked, and three ways out. None loses text:
 * their version is already a revision, and choosing theirs first files mine
 * as one.
 */
export function ConflictView({
  theirs,
  mine,
  busy,
  onChoose,
}: {
  theirs: TheirVersion;
  mine: StoryDraft;
  busy: boolean;
  onChoose: (choice: ConflictChoice) => void;
}) {
  const t = useTranslations("editor.conflict");
  const th = useTranslations("history.fields");
  const lang = mine.language;
  const diff = diffRevisions(
    { headline: theirs.headline, dek: theirs.dek || null, body: theirs.body },
    { headline: mine.headline, dek: mine.dek || null, body: mine.body },
    lang,
  );
  return (
    <section
      role="alertdialog"
      aria-labelledby="conflict-title"
      aria-describedby="conflict-help"
      className="space-y-4 rounded border-2 border-accent bg-white p-4"
      data-testid="conflict-view"
    >
      <h2 id="conflict-title" className="text-xl font-bold">
        {t("title")}
      </h2>
      <p id="conflict-help" className="text-stone-700">
        {theirs.byMe
          ? t("helpMe", { version: theirs.version })
          : theirs.by
            ? t.rich("helpBy", { version: theirs.version, name: () => <bdi>{theirs.by}</bdi> })
            : t("help", { version: theirs.version })}{" "}
        {t("legend")}
      </p>
      {/* The way out comes first; the versions to read follow. */}
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          disabled={busy}
          onClick={() => onChoose("mine")}
          className="rounded bg-ink px-4 py-2 font-semibold text-white disabled:opacity-60"
        >
          {t("keepMine")}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => onChoose("theirs")}
          className="rounded border border-ink px-4 py-2 font-semibold disabled:opacity-60"
        >
          {t("takeTheirs")}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => onChoose("both")}
          className="rounded border border-ink px-4 py-2 font-semibold disabled:opacity-60"
        >
          {t("keepBoth")}
        </button>
      </div>

      <div className="grid gap-4 md:grid-cols-2">
        {(
          [
            ["theirs", "removed"],
            ["mine", "added"],
          ] as const
        ).map(([side, keep]) => (
          <div key={side} className="space-y-2 rounded border border-stone-200 p-3" data-side={side}>
            <h3 className="font-semibold">{t(side)}</h3>
            {(["headline", "dek", "body"] as const).map((field) => (
              <div key={field}>
                <h4 className="text-sm text-stone-600">{th(field)}</h4>
                <DiffParagraphs parts={diff[field].filter((p) => p.kind === "same" || p.kind === keep)} lang={lang} />
              </div>
            ))}
          </div>
        ))}
      </div>
      <p className="text-sm text-stone-600">{t("nothingLost")}</p>
    </section>
  );
}
