import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startJobWorker, type RunningWorker } from "../jobs/worker";
import { PUBLISH_QUEUE } from "../jobs/publish-queue";
import { articles, auditEvents } from "../schema";
import { createDemoDesk, type DemoDesk } from "../testing/demo-desk";
import { approvedStory, scheduleStory, unscheduleStory } from "../testing/stories";
import { runPublishJob } from "./scheduled";

let t: DemoDesk;
beforeAll(async () => {
  t = await createDemoDesk();
});
afterAll(async () => t.drop());

const inSeconds = (s: number) => new Date(Date.now() + s * 1000);

async function jobsOf(articleId: string) {
  return t.db.execute<{ id: string; state: string; start_after: Date; data: { articleId: string; publishAt: string } }>(
    sql`select id, state, start_after, data from pgboss.job where name = ${PUBLISH_QUEUE} and data->>'articleId' = ${articleId} order by created_on`,
  );
}

async function story(id: string) {
  const [row] = await t.db.select().from(articles).where(eq(articles.id, id));
  return row!;
}

async function publishAudits(id: string) {
  return t.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.objectId, id), eq(auditEvents.action, "article.publish_scheduled")));
}

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("the publish job follows the schedule", () => {
  it("scheduling queues a job for the time, unscheduling cancels it, scheduling again queues a new one", async () => {
    const { id } = await approvedStory(t, "خبر بموعد");
    const first = inSeconds(3600);
    await scheduleStory(t, id, first);
    let jobs = await jobsOf(id);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ state: "created", data: { articleId: id, publishAt: first.toISOString() } });
    expect(new Date(jobs[0]!.start_after).toISOString()).toBe(first.toISOString());
    expect((await story(id)).scheduledJobId).toBe(jobs[0]!.id);

    await unscheduleStory(t, id);
    expect((await jobsOf(id)).map((j) => j.state)).toEqual(["cancelled"]);
    expect((await story(id)).scheduledJobId).toBeNull();

    const second = inSeconds(7200);
    await scheduleStory(t, id, second);
    jobs = await jobsOf(id);
    expect(jobs.map((j) => j.state)).toEqual(["cancelled", "created"]);
    expect(jobs[1]!.data.publishAt).toBe(second.toISOString());
  });

  it("a job publishes once, dated the scheduled time by the system; a second run and a stale job do nothing", async () => {
    const { id } = await approvedStory(t, "خبر يصدر مرة واحدة");
    const at = inSeconds(3600);
    await scheduleStory(t, id, at);
    const job = { articleId: id, publishAt: at.toISOString() };
    expect(await runPublishJob(t.db, job, new Date(at.getTime() - 1000))).toBe("not_due");
    expect(await runPublishJob(t.db, { ...job, publishAt: inSeconds(60).toISOString() }, new Date(at.getTime() + 1000))).toBe("nothing_to_do");

    const fired = new Date(at.getTime() + 400);
    const runs = await Promise.all([runPublishJob(t.db, job, fired), runPublishJob(t.db, job, fired)]);
    expect(runs.sort()).toEqual(["nothing_to_do", "published"]);
    const row = await story(id);
    expect(row).toMatchObject({ status: "published", publishAt: null, scheduledJobId: null, publishedLateSeconds: null });
    expect(row.firstPublishedAt?.toISOString()).toBe(at.toISOString());
    const audits = await publishAudits(id);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      actorId: null,
      after: { status: "published", publishAt: at.toISOString(), firedAt: fired.toISOString(), lateSeconds: 0 },
    });
    expect(audits[0]!.createdAt.toISOString()).toBe(at.toISOString());
  });

  it("a schedule that fires a minute or more late is marked with how late", async () => {
    const { id } = await approvedStory(t, "خبر تأخر");
    const at = inSeconds(3600);
    await scheduleStory(t, id, at);
    expect(await runPublishJob(t.db, { articleId: id, publishAt: at.toISOString() }, new Date(at.getTime() + 12 * 60_000 + 500))).toBe("published");
    expect((await story(id)).publishedLateSeconds).toBe(720);
  });
});

describe("workers", () => {
  const workers: RunningWorker[] = [];
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop()));
  });

  it("two workers racing publish a due story exactly once, within a second of its time", async () => {
    workers.push(await startJobWorker(t.url, () => {}), await startJobWorker(t.url, () => {}));
    const { id } = await approvedStory(t, "خبر يتسابق عليه عاملان");
    const at = inSeconds(1.5);
    await scheduleStory(t, id, at);
    const row = await waitFor(
      () => story(id),
      (r) => r.status === "published",
    );
    expect(row.status).toBe("published");
    const [audit] = await publishAudits(id);
    const firedAt = new Date((audit!.after as { firedAt: string }).firedAt);
    expect(firedAt.getTime() - at.getTime()).toBeGreaterThanOrEqual(0);
    expect(firedAt.getTime() - at.getTime()).toBeLessThan(1000);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await publishAudits(id)).toHaveLength(1);
    expect((await jobsOf(id)).map((j) => j.state)).toEqual(["completed"]);
    await Promise.all(workers.splice(0).map((w) => w.stop()));
  });

  it("a schedule missed while no worker ran is published when one starts, and a story whose job is gone gets a new one", async () => {
    const missed = await approvedStory(t, "خبر فات موعده");
    await scheduleStory(t, missed.id, inSeconds(1));
    // Scheduled before the queue existed: no job at all.
    const orphan = await approvedStory(t, "خبر بلا مهمة");
    await scheduleStory(t, orphan.id, inSeconds(1));
    await t.db.execute(sql`update pgboss.job set state = 'cancelled' where data->>'articleId' = ${orphan.id}`);
    await t.db.update(articles).set({ scheduledJobId: null }).where(eq(articles.id, orphan.id));
    // Its job failed for good (retries exhausted while the database was away, say).
    const failed = await approvedStory(t, "خبر فشلت مهمته");
    await scheduleStory(t, failed.id, inSeconds(1));
    await t.db.execute(sql`update pgboss.job set state = 'failed' where data->>'articleId' = ${failed.id}`);
    await new Promise((r) => setTimeout(r, 2000));
    expect((await story(missed.id)).status).toBe("scheduled");

    workers.push(await startJobWorker(t.url, () => {}));
    for (const id of [missed.id, orphan.id, failed.id]) {
      expect(
        (
          await waitFor(
            () => story(id),
            (r) => r.status === "published",
            10_000,
          )
        ).status,
      ).toBe("published");
      expect(await publishAudits(id)).toHaveLength(1);
    }
  });
});
