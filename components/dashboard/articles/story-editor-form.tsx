"use client";

import type { Editor } from "@tiptap/react";
import { useCallback, useEffect, useRef, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { backupKey, clearBackup, readBackup, sameDraft, writeBackup, type DraftBackup, type StoryDraft } from "@/lib/autosave/draft";
import { AutosaveQueue, type AutosaveState } from "@/lib/autosave/queue";
import { useRefusalText } from "@/components/ui/refusal-text";
import { combineDocuments } from "@/lib/richtext/merge";
import { BackupOffer } from "./backup-offer";
import { clearMarkedBlocks, markBlocks, markedBlockCount } from "@/components/editor/marked-blocks";
import { ConflictView, type ConflictChoice, type TheirVersion } from "./conflict-view";
import { SaveStatus } from "./save-status";
import { loadTheirs, saveDraft } from "./story-api";
import { StoryFields, useFieldMessages } from "./story-fields";
import { useUnsavedChanges } from "./unsaved-changes";

type Props = {
  /** The signed-in person, to tell their own save from another device apart from someone else's. */
  me: string;
  storyId: string;
  /** The version and text the server rendered this page with. */
  version: number;
  initial: StoryDraft;
  sections: { slug: string; name: string }[];
};

/**
 * Editing a story: the rich body, headline, summary, section and language,
 * saved as the person writes (after a pause, on blur, before leaving), with a
 * copy in the browser until the server has confirmed it, and a side-by-side
 * choice when someone else saved in between.
 */
export function StoryEditorForm({ me, storyId, version, initial, sections }: Props) {
  const t = useTranslations("articles");
  const te = useTranslations("editor");
  const refusal = useRefusalText();
  const format = useFormatter();
  const { setDirty, setSavedVersion, setFlush } = useUnsavedChanges();
  const [draft, setDraft] = useState<StoryDraft>(initial);
  const draftRef = useRef(draft);
  const [state, setState] = useState<AutosaveState>({ status: "saved", version });
  const [queue] = useState(
    () => new AutosaveQueue<StoryDraft>({ version, saved: initial, equal: sameDraft, save: (d, v, mode) => saveDraft(storyId, d, v, mode) }),
  );
  const [theirs, setTheirs] = useState<TheirVersion | null>(null);
  const [resolving, setResolving] = useState(false);
  const [resolveError, setResolveError] = useState<string | null>(null);
  const [offer, setOffer] = useState<DraftBackup | null>(null);
  const [backupRefused, setBackupRefused] = useState(false);
  /** How many of the other version's blocks are still marked after "keep both". */
  const [marked, setMarked] = useState(0);
  const editor = useRef<Editor | null>(null);
  const key = backupKey(storyId);

  const keepCopy = useCallback(
    (next: StoryDraft, baseVersion: number) =>
      setBackupRefused(!writeBackup(window.localStorage, key, { version: baseVersion, savedAt: new Date().toISOString(), draft: next })),
    [key],
  );

  const update = (changes: Partial<StoryDraft>) => {
    const next = { ...draftRef.current, ...changes };
    draftRef.current = next;
    setDraft(next);
    keepCopy(next, queue.current.version);
    queue.change(next);
  };

  const replaceContent = (next: StoryDraft) => {
    draftRef.current = next;
    setDraft(next);
    editor.current?.commands.setContent(next.body, { emitUpdate: false });
  };

  // Offer back text typed here that never reached the server (a crash, a closed tab, no connection).
  useEffect(() => {
    const backup = readBackup(window.localStorage, key);
    // Browser storage exists only after hydration, so this cannot be read during render.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (backup && !sameDraft(backup.draft, initial)) setOffer(backup);
    else clearBackup(window.localStorage, key);
    // The new-story form's copy is done with once the story it was typed for exists.
    const fresh = readBackup(window.localStorage, backupKey(null));
    if (fresh && fresh.draft.headline.trim() === initial.headline) clearBackup(window.localStorage, backupKey(null));
    // Only on arrival: later renders carry text this page itself saved.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  useEffect(
    () =>
      queue.subscribe((next) => {
        setState(next);
        setDirty(next.status !== "saved");
        setSavedVersion(next.version);
        const unsaved = queue.unsaved();
        if (next.status === "saved" && !unsaved) clearBackup(window.localStorage, key);
        else if (unsaved && next.status !== "conflict") keepCopy(unsaved, next.version);
        if (next.status === "conflict") void loadTheirs(storyId, me).then(setTheirs);
      }),
    [queue, key, keepCopy, setDirty, setSavedVersion, storyId, me],
  );

  useEffect(() => {
    setFlush(async () => {
      const after = await queue.flush();
      return after.status === "saved" ? after.version : null;
    });
  }, [queue, setFlush]);

  // The page was rendered again after a workflow or desk step: same text, newer version.
  useEffect(() => {
    if (sameDraft(initial, queue.confirmed())) queue.adoptVersion(version);
  }, [initial, version, queue]);

  useEffect(() => {
    const online = () => queue.online();
    const offline = () => queue.offline();
    const hidden = () => document.visibilityState === "hidden" && void queue.flush();
    // The page is going away: send what is unsaved in a request that outlives it. The copy stays
    // in the browser until a later visit sees the server has it.
    const leaving = () => {
      const unsaved = queue.unsaved();
      if (unsaved && queue.current.status !== "conflict")
        void saveDraft(storyId, unsaved, queue.current.version, "autosave", { keepalive: true }).catch(() => undefined);
    };
    window.addEventListener("online", online);
    window.addEventListener("offline", offline);
    document.addEventListener("visibilitychange", hidden);
    window.addEventListener("pagehide", leaving);
    return () => {
      window.removeEventListener("online", online);
      window.removeEventListener("offline", offline);
      document.removeEventListener("visibilitychange", hidden);
      window.removeEventListener("pagehide", leaving);
      queue.dispose();
    };
  }, [queue, storyId]);

  const restoreOffered = (backup: DraftBackup) => {
    setOffer(null);
    replaceContent(backup.draft);
    if (backup.version === queue.current.version) {
      keepCopy(backup.draft, backup.version);
      queue.change(backup.draft);
    } else {
      // Typed against an older version: the person compares before anything is overwritten.
      queue.hold(backup.draft);
    }
  };

  const resolve = async (choice: ConflictChoice) => {
    if (!theirs) return;
    setResolving(true);
    setResolveError(null);
    const mine = draftRef.current;
    let at = theirs.version;
    const put = async (d: StoryDraft) => {
      const outcome = await saveDraft(storyId, d, at, "explicit").catch(() => ({ kind: "offline" as const }));
      if (outcome.kind === "saved") at = outcome.version;
      return outcome;
    };
    const both = combineDocuments(theirs.body, mine.body);
    const combined: StoryDraft = { ...mine, dek: mine.dek || theirs.dek, body: both.body };
    const final = choice === "mine" ? mine : choice === "theirs" ? theirs : combined;
    // Taking theirs files mine as a revision first, so it stays in the history.
    let outcome = await put(choice === "theirs" ? mine : final);
    if (outcome.kind === "saved" && choice === "theirs") outcome = await put(theirs);
    setResolving(false);
    if (outcome.kind === "saved") {
      const settled: StoryDraft = { headline: final.headline, dek: final.dek, section: final.section, language: final.language, body: final.body };
      replaceContent(settled);
      if (choice === "both" && editor.current) markBlocks(editor.current, both.theirsOnly);
      queue.settle(settled, at);
      setTheirs(null);
    } else if (outcome.kind === "conflict") {
      setTheirs(await loadTheirs(storyId, me));
    } else {
      setResolveError(outcome.kind === "failed" ? (refusal(outcome.refusal) ?? "") : te("status.offline"));
    }
  };

  const fields = useFieldMessages(state.status === "failed" ? state.fields : undefined);

  return (
    <form
      className="space-y-5"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void queue.flush("explicit");
      }}
      onKeyDown={(e) => {
        if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "s") {
          e.preventDefault();
          void queue.flush("explicit");
        }
      }}
    >
      {backupRefused && <p className="text-sm text-amber-800">{te("noLocalCopy")}</p>}
      {offer && (
        <BackupOffer
          message={te("backup.found", { time: format.dateTime(new Date(offer.savedAt), "minute") })}
          onRestore={() => restoreOffered(offer)}
          onDiscard={() => {
            clearBackup(window.localStorage, key);
            setOffer(null);
          }}
        />
      )}
      {state.status === "conflict" && !theirs && (
        <button type="button" className="rounded border border-ink px-3 py-1 font-semibold" onClick={() => void loadTheirs(storyId, me).then(setTheirs)}>
          {te("conflict.load")}
        </button>
      )}
      {state.status === "conflict" && theirs && <ConflictView theirs={theirs} mine={draft} busy={resolving} onChoose={(c) => void resolve(c)} />}
      {resolveError && (
        <p role="alert" className="text-accent">
          {resolveError}
        </p>
      )}
      {marked > 0 && (
        <p
          role="status"
          data-testid="theirs-marked"
          className="flex flex-wrap items-center gap-3 rounded border-s-4 border-amber-400 bg-amber-50 px-3 py-2 text-amber-900"
        >
          {te("conflict.marked", { count: marked })}
          <button type="button" className="font-semibold underline" onClick={() => editor.current && clearMarkedBlocks(editor.current)}>
            {te("conflict.unmark")}
          </button>
        </p>
      )}
      <StoryFields
        draft={draft}
        sections={sections}
        errors={fields}
        onChange={update}
        onBlur={() => void queue.flush()}
        storyId={storyId}
        onEditorReady={(created) => {
          editor.current = created;
          created.on("transaction", ({ editor: changed }) => setMarked(markedBlockCount(changed.state)));
        }}
        status={<SaveStatus state={state} />}
      />
      <button
        type="submit"
        disabled={state.status === "saving" || state.status === "conflict"}
        className="rounded bg-ink px-5 py-2 font-semibold text-white disabled:opacity-60"
      >
        {t("save")}
      </button>
    </form>
  );
}
