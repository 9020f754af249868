import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { E2E_BASE_URL } from "../support/settings";

/** The curl examples in docs/api.md, run in order as one script against the test server. */
test("the curl examples in docs/api.md work as documented", () => {
  const markdown = readFileSync("docs/api.md", "utf8");
  const blocks = [...markdown.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]);
  expect(blocks.length).toBeGreaterThan(5);
  const output = execFileSync("bash", ["-c", `set -euo pipefail\n${blocks.join("\n")}`], {
    env: { ...process.env, BASE: E2E_BASE_URL },
    encoding: "utf8",
    timeout: 60_000,
  });
  const lines = output.trim().split("\n");
  const expected = [
    /^code=credentials$/,
    /^created [0-9a-f-]{36}$/,
    /^in_review$/,
    /^\{"version":2\}$/,
    /^409$/,
    /^\{"status":"in_review","version":3\}$/,
    /^403$/,
    /^\{"status":"changes_requested","version":4\}$/,
    /^\{"status":"in_review","version":5\}$/,
    /^\{"status":"approved","version":6\}$/,
    /^\{"status":"published","version":7\}$/,
    /^403$/,
    /^true$/,
    /^\{"breakingUntil":null\}$/,
    /^400$/,
    /^1$/,
    /^\{"slot":null,"until":null\}$/,
    /^[12]$/,
    /\S/,
    /^[1-9]\d*$/,
    /^إعادة انتخاب$/,
    /^اناليتيكا$/,
    /^400$/,
    /^\{"id":"[0-9a-f-]{36}"\}$/,
    /^خالد عبد الله: تحقق من الرقم$/,
    /^mention_unknown$/,
    /^true$/,
    /^400$/,
    /^mentioned$/,
    /^\{"unread":0\}$/,
    /^\{"others":\[\]\}$/,
    /^سارة منصور$/,
    /^7$/,
    /^null$/,
    /^8$/,
    /^en$/,
    /^2026-11-02T07:15:00\.000Z$/,
    /^Ports reopen$/,
    /^15$/,
    /^cache-control: public, max-age=31536000, immutable$/i,
    /^2$/,
    /^الميناء يعود إلى العمل$/,
    /^409$/,
    /^415$/,
    /^media_credit_required$/,
    /^1$/,
    /^editor$/,
    /^403$/,
    /^2$/,
    /^409$/,
    /^world$/,
    /^2$/,
    /^409$/,
    /^204$/,
    /^user\.role_changed,user\.invited$/,
    /^3$/,
    /^400$/,
    /^400$/,
    /^400$/,
    /^400$/,
    /^404$/,
    /^400$/,
    /^401$/,
    /^\{"error":\{"code":"forbidden","reason":"cross_site","message":"[^"]+"\}\} 403$/,
    /^403$/,
    /^403$/,
    /^unreadable_address$/,
    /^415$/,
    /^too_large$/,
    /^cache-control: private, no-store$/i,
    /^303$/,
    /^401$/,
  ];
  expect(lines).toHaveLength(expected.length);
  expected.forEach((pattern, i) => expect(lines[i], `line ${i + 1}: ${JSON.stringify(lines[i])}`).toMatch(pattern));
});
