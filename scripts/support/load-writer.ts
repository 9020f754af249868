import type { ArticleStatus } from "@/lib/workflow/states";
import { storyPath } from "@/db/queries/public-stories";
import type { LoadClient } from "./load-client";

type WriteKind = "create" | "autosave" | "edit" | "note" | "submit" | "approve" | "publish";

/**
 * One write a writer attempted, and what became of it. `committed` is known
 * for every write that carries a version: after a failure the writer reads
 * the story back, and its version says whether the write went in (nobody
 * else touches the story). Notes carry no version: only acknowledged ones matter.
 */
export type Write = {
  writer: number;
  storyId: string;
  kind: WriteKind;
  /** Unique text the write put in the story (headline, body or note), e.g. `[w3.s2.o7]`. */
  marker: string;
  /** The version the write was made against; a committed write made it base + 1. */
  base: number | null;
  to?: ArticleStatus;
  status: number;
  acknowledged: boolean;
  committed: boolean | null;
};

/**
 * A reporter's draft: autosaves as the editor's timer would send them,
 * explicit saves and notes; then submitted, approved and published by an
 * editor. Ends with autosaves so that the last one is what goes out.
 */
const DRAFT_STEPS: WriteKind[] = ["autosave", "autosave", "autosave", "edit", "note", "autosave", "autosave", "edit", "note", "autosave", "autosave"];

type Story = { id: string; version: number; status: ArticleStatus; step: number };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const text = (marker: string) => `فقرة أولى كتبت تحت الحمل ${marker}.\n\nفقرة ثانية تكمل الخبر ${marker}.`;

export type WriterOptions = {
  index: number;
  reporter: LoadClient;
  editor: LoadClient;
  section: string;
  /** True once the run is over: the writer finishes the write in hand and stops. */
  over: () => boolean;
  writes: Write[];
  /** A story the writer published, for the readers. */
  published: (path: string) => void;
};

/** Runs one writer until `over()`; every write it attempts lands in `writes`. */
export async function runWriter(o: WriterOptions): Promise<void> {
  let storyCount = 0;
  let op = 0;
  let story: Story | null = null;
  const marker = () => `[w${o.index}.s${storyCount}.o${op++}]`;

  /** After a failure: the story as the database has it, which says whether the write went in. */
  async function reread(s: Story, write: Write): Promise<void> {
    const giveUp = Date.now() + 30_000;
    while (Date.now() < giveUp) {
      const answer = await o.reporter.request("desk: read story", "GET", `/api/v1/articles/${s.id}`);
      if (answer.status === 200) {
        const current = answer.body as { version: number; status: ArticleStatus };
        if (write.base !== null) write.committed = current.version === write.base + 1 ? true : current.version === write.base ? false : null;
        Object.assign(s, { version: current.version, status: current.status });
        return;
      }
      await sleep(250);
    }
  }

  while (!o.over()) {
    if (!story) {
      storyCount += 1;
      const m = marker();
      const answer = await o.reporter.request("create", "POST", "/api/v1/articles", {
        headline: `خبر تحت الحمل ${m}`,
        bodyText: text(m),
        section: o.section,
        language: "ar",
      });
      const created = (answer.body ?? {}) as { id?: string; version?: number };
      const ok = answer.status === 201 && created.id !== undefined;
      o.writes.push({
        writer: o.index,
        storyId: created.id ?? "",
        kind: "create",
        marker: m,
        base: 0,
        status: answer.status,
        acknowledged: ok,
        committed: ok ? true : null,
      });
      if (ok) story = { id: created.id!, version: created.version!, status: "draft", step: 0 };
      else await sleep(250);
      continue;
    }
    const s: Story = story;
    const kind: WriteKind =
      s.status === "draft" ? (DRAFT_STEPS[s.step] ?? "submit") : s.status === "in_review" ? "approve" : s.status === "approved" ? "publish" : "create";
    if (kind === "create") {
      // Published: the readers get its address (as the desk now has it), the writer a new story.
      const answer = await o.reporter.request("desk: read story", "GET", `/api/v1/articles/${s.id}`);
      const read = (answer.body ?? {}) as { slug?: string; section?: { slug?: string } };
      if (answer.status === 200 && read.slug && read.section?.slug) o.published(storyPath({ sectionSlug: read.section.slug, slug: read.slug }));
      story = null;
      continue;
    }
    const m = marker();
    const write: Write = {
      writer: o.index,
      storyId: s.id,
      kind,
      marker: m,
      base: kind === "note" ? null : s.version,
      status: 0,
      acknowledged: false,
      committed: null,
    };
    let answer;
    if (kind === "note") {
      answer = await o.reporter.request("note", "POST", `/api/v1/articles/${s.id}/notes`, { body: `ملاحظة تحت الحمل ${m}` });
    } else if (kind === "autosave" || kind === "edit") {
      const body =
        kind === "edit" ? { version: s.version, headline: `خبر تحت الحمل ${m}`, bodyText: text(m) } : { version: s.version, bodyText: text(m), autosave: true };
      answer = await o.reporter.request(kind, "PATCH", `/api/v1/articles/${s.id}`, body);
    } else {
      write.to = kind === "submit" ? "in_review" : kind === "approve" ? "approved" : "published";
      answer = await (kind === "submit" ? o.reporter : o.editor).request(kind, "POST", `/api/v1/articles/${s.id}/transitions`, {
        to: write.to,
        version: s.version,
      });
    }
    write.status = answer.status;
    write.acknowledged = answer.status >= 200 && answer.status < 300;
    o.writes.push(write);
    if (write.acknowledged) {
      if (kind !== "note") {
        write.committed = true;
        s.version = (answer.body as { version: number }).version;
        if (write.to) s.status = write.to;
      }
      if (s.status === "draft") s.step += 1;
      continue;
    }
    // Refused or failed: the story as it now is decides what comes next.
    await sleep(answer.status === 0 || answer.status >= 500 ? 250 : 0);
    if (kind !== "note") await reread(s, write);
    else s.step += 1;
  }
}
