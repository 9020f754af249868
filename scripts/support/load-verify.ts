import postgres from "postgres";
import type { Write } from "./load-writer";

/** An acknowledged write the database does not have, or a story not in the state its writer left it. */
type Loss = { storyId: string; marker: string; kind: string; problem: string };

export type Verification = { acknowledged: number; checked: number; superseded: number; losses: Loss[] };

/**
 * Whether every acknowledged write is in the database, read directly after
 * the run. Creations, explicit saves and workflow steps each leave a
 * revision (and saves and steps an audit row with the version they made);
 * notes a row of their own. Autosaves coalesce by design: an explicit save
 * rewrites the open autosave revision, so an autosave must still be found
 * only when no later committed save of the story's text came before its next
 * workflow step; every other one is checked through the story's version.
 * Each story must end at the version and status its writer last knew.
 */
export async function verifyWrites(databaseUrl: string, writes: Write[]): Promise<Verification> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const ids = [...new Set(writes.filter((w) => w.storyId).map((w) => w.storyId))];
    const articles = new Map(
      (
        await sql<{ id: string; version: number; status: string }[]>`
      select id, version, status from articles where id = any(${ids}::uuid[])`
      ).map((a) => [a.id, a]),
    );
    const revisions = await sql<{ articleId: string; headline: string; body: string }[]>`
      select article_id as "articleId", headline, body::text as body from revisions where article_id = any(${ids}::uuid[])`;
    const notes = await sql<{ articleId: string; body: string }[]>`select article_id as "articleId", body from notes where article_id = any(${ids}::uuid[])`;
    const audit = await sql<{ objectId: string; version: number | null; status: string | null }[]>`
      select object_id as "objectId", (after->>'version')::int as version, after->>'status' as status
      from audit_events where object_type = 'article' and object_id = any(${ids}::text[])`;

    const losses: Loss[] = [];
    let checked = 0;
    let superseded = 0;
    const lost = (w: Write, problem: string) => losses.push({ storyId: w.storyId, marker: w.marker, kind: w.kind, problem });
    const inRevision = (w: Write, where: "headline" | "body") => revisions.some((r) => r.articleId === w.storyId && r[where].includes(w.marker));
    const audited = (w: Write, version: number, status?: string) =>
      audit.some((a) => a.objectId === w.storyId && a.version === version && (status === undefined || a.status === status));

    const byStory = new Map<string, Write[]>();
    for (const w of writes) if (w.storyId) byStory.set(w.storyId, [...(byStory.get(w.storyId) ?? []), w]);
    for (const [id, story] of byStory) {
      const article = articles.get(id);
      for (const [i, w] of story.entries()) {
        if (!w.acknowledged) continue;
        checked += 1;
        if (!article) {
          lost(w, "the story is not in the database");
          continue;
        }
        const made = (w.base ?? 0) + 1;
        if (w.kind !== "note" && article.version < made) lost(w, `the story is at version ${article.version}, before this write's ${made}`);
        if (w.kind === "create" && !inRevision(w, "headline")) lost(w, "no revision has the headline it was created with");
        if (w.kind === "edit" && !(inRevision(w, "headline") && inRevision(w, "body") && audited(w, made))) lost(w, "no revision or audit row of the save");
        if (w.kind === "note" && !notes.some((n) => n.articleId === id && n.body.includes(w.marker))) lost(w, "the note is missing");
        if (w.to && !audited(w, made, w.to)) lost(w, `no audit row of the step to ${w.to} at version ${made}`);
        if (w.kind === "autosave") {
          const next = story.slice(i + 1).find((later) => later.committed !== false && later.kind !== "note");
          if (next && (next.kind === "autosave" || next.kind === "edit")) superseded += 1;
          else if (!inRevision(w, "body")) lost(w, "the last autosave before a workflow step is in no revision");
        }
      }
      if (!article) continue;
      // The version its writer last knew it made; one more if a later write's fate is unknown.
      const last = story.findLastIndex((w) => w.committed === true && w.base !== null);
      if (last < 0) continue;
      const expected = story[last]!.base! + 1;
      const maybeOneMore = story.slice(last + 1).some((w) => w.committed === null && w.base !== null);
      if (article.version !== expected && !(maybeOneMore && article.version === expected + 1)) {
        losses.push({
          storyId: id,
          marker: story[last]!.marker,
          kind: "story",
          problem: `ends at version ${article.version}; its writer last made ${expected}`,
        });
      }
    }
    return { acknowledged: writes.filter((w) => w.acknowledged).length, checked, superseded, losses };
  } finally {
    await sql.end({ timeout: 5 });
  }
}
