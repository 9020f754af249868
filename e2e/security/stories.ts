import { expect, type APIRequestContext } from "@playwright/test";

export const STATES = ["draft", "in_review", "changes_requested", "approved", "scheduled", "published", "unpublished", "archived"] as const;
export type State = (typeof STATES)[number];

/** A time the scheduler will not reach while the suite runs. */
export const NEXT_WEEK = () => new Date(Date.now() + 7 * 24 * 3600_000).toISOString();

type Step = { by: "author" | "editor"; to: State; reason?: true; publishAt?: true };

/** How a new draft reaches each state: the author submits, an editor (not an author) does the rest. */
const ROUTE: Record<State, Step[]> = {
  draft: [],
  in_review: [{ by: "author", to: "in_review" }],
  changes_requested: [
    { by: "author", to: "in_review" },
    { by: "editor", to: "changes_requested", reason: true },
  ],
  approved: [
    { by: "author", to: "in_review" },
    { by: "editor", to: "approved" },
  ],
  scheduled: [
    { by: "author", to: "in_review" },
    { by: "editor", to: "approved" },
    { by: "editor", to: "scheduled", publishAt: true },
  ],
  published: [
    { by: "author", to: "in_review" },
    { by: "editor", to: "approved" },
    { by: "editor", to: "published" },
  ],
  unpublished: [
    { by: "author", to: "in_review" },
    { by: "editor", to: "approved" },
    { by: "editor", to: "published" },
    { by: "editor", to: "unpublished", reason: true },
  ],
  archived: [{ by: "editor", to: "archived", reason: true }],
};

export type Story = { id: string; version: number; slug: string; state: State };

/** A story by `author` (created through the API), brought to `state` by its author and `editor`. */
export async function storyIn(
  state: State,
  people: { author: APIRequestContext; editor: APIRequestContext },
  headline: string,
  extra: Record<string, unknown> = {},
): Promise<Story> {
  const created = await people.author.post("/api/v1/articles", {
    data: { headline, bodyText: "الفقرة الأولى من الخبر.", section: "world", language: "ar", ...extra },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id, slug } = (await created.json()) as { id: string; slug: string };
  let version = 1;
  for (const step of ROUTE[state]) {
    const data = { to: step.to, version, ...(step.reason ? { reason: "خطوة تحضير" } : {}), ...(step.publishAt ? { publishAt: NEXT_WEEK() } : {}) };
    const moved = await people[step.by].post(`/api/v1/articles/${id}/transitions`, { data });
    expect(moved.status(), `${step.to}: ${await moved.text()}`).toBe(200);
    version = ((await moved.json()) as { version: number }).version;
  }
  return { id, version, slug, state };
}

/** What a refused request must leave as it was: the story's state, version, text, notes and history. */
export async function storySnapshot(reader: APIRequestContext, id: string) {
  const story = (await (await reader.get(`/api/v1/articles/${id}`)).json()) as Record<string, unknown>;
  const notes = (await (await reader.get(`/api/v1/articles/${id}/notes`)).json()) as unknown[];
  const revisions = (await (await reader.get(`/api/v1/articles/${id}/revisions`)).json()) as unknown[];
  return {
    status: story.status,
    version: story.version,
    headline: story.headline,
    deadline: story.deadline,
    working: story.working,
    notes: notes.length,
    revisions: revisions.length,
  };
}

/** Takes published stories back off the site, so the home page's latest list stays the other specs' to read. */
export async function unpublish(editor: APIRequestContext, ids: string[]): Promise<void> {
  for (const id of ids) {
    const story = (await (await editor.get(`/api/v1/articles/${id}`)).json()) as { status: string; version: number };
    if (story.status !== "published") continue;
    const response = await editor.post(`/api/v1/articles/${id}/transitions`, {
      data: { to: "unpublished", version: story.version, reason: "تنظيف بعد الاختبار" },
    });
    expect(response.status()).toBe(200);
  }
}
