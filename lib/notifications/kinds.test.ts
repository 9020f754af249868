import { describe, expect, it } from "vitest";
import { deadlineReminders, notificationForAssignment, notificationsForStep } from "./kinds";

const story = { articleId: "a", authorIds: ["r1", "r2"], assignedEditorId: null, editorIds: ["e1", "e2"] };

describe("notificationsForStep", () => {
  it("tells the authors what happens to their story, never the person who did it", () => {
    expect(notificationsForStep("request_changes", story, "e1")).toEqual([
      { recipientId: "r1", kind: "story_sent_back", articleId: "a", actorId: "e1" },
      { recipientId: "r2", kind: "story_sent_back", articleId: "a", actorId: "e1" },
    ]);
    expect(notificationsForStep("publish", { ...story, authorIds: ["e1"] }, "e1")).toEqual([]);
    expect(notificationsForStep("publish_scheduled", story, null).map((n) => n.kind)).toEqual(["story_published", "story_published"]);
  });

  it("puts a story sent for review before its assigned editor, or every editor when it has none", () => {
    expect(notificationsForStep("submit", story, "r1").map((n) => n.recipientId)).toEqual(["e1", "e2"]);
    expect(notificationsForStep("resubmit", { ...story, assignedEditorId: "e2" }, "r1").map((n) => [n.recipientId, n.kind])).toEqual([
      ["e2", "story_submitted"],
    ]);
  });

  it("tells nobody of steps that concern only the desk", () => {
    expect(notificationsForStep("withdraw", story, "r1")).toEqual([]);
    expect(notificationsForStep("spike", story, "e1")).toEqual([]);
  });
});

describe("notificationForAssignment", () => {
  it("tells the assigned editor, unless they took the story themselves", () => {
    expect(notificationForAssignment("a", "e1", "r1")).toEqual([{ recipientId: "e1", kind: "story_assigned", articleId: "a", actorId: "r1" }]);
    expect(notificationForAssignment("a", "e1", "e1")).toEqual([]);
    expect(notificationForAssignment("a", null, "e1")).toEqual([]);
  });
});

describe("deadlineReminders", () => {
  const deadline = new Date("2026-12-02T12:00:00Z");
  const due = { articleId: "a", deadline, authorIds: ["r1"], assignedEditorId: "e1" };

  it("says nothing more than an hour ahead, warns within the hour and says when it has passed", () => {
    expect(deadlineReminders(due, new Date("2026-12-02T10:59:00Z"))).toEqual([]);
    expect(deadlineReminders(due, new Date("2026-12-02T11:00:00Z")).map((n) => [n.recipientId, n.kind])).toEqual([
      ["r1", "deadline_soon"],
      ["e1", "deadline_soon"],
    ]);
    expect(deadlineReminders(due, new Date("2026-12-02T12:00:00Z")).map((n) => n.kind)).toEqual(["deadline_passed", "deadline_passed"]);
  });

  it("keys each reminder by its deadline, so a moved deadline reminds again and the same one never twice", () => {
    const [first] = deadlineReminders(due, new Date("2026-12-02T11:30:00Z"));
    const [moved] = deadlineReminders({ ...due, deadline: new Date("2026-12-02T12:30:00Z") }, new Date("2026-12-02T11:45:00Z"));
    expect(first?.dedupeKey).toBe("deadline_soon:a:2026-12-02T12:00:00.000Z");
    expect(moved?.dedupeKey).not.toBe(first?.dedupeKey);
  });
});
