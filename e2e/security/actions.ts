import { readFileSync } from "node:fs";
import type { APIRequestContext, APIResponse } from "@playwright/test";

/**
 * Server Actions as a hostile client sends them: no page, just the POST a
 * form makes. Action ids come from the manifest `next build` writes, so a
 * replay needs no browser to capture one first.
 */
type Manifest = { node: Record<string, { exportedName?: string }> };

let manifest: Manifest | undefined;

/** This build's id of the exported action `name` (e.g. "transitionAction"). */
function actionId(name: string): string {
  manifest ??= JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as Manifest;
  const ids = Object.entries(manifest.node)
    .filter(([, entry]) => entry.exportedName === name)
    .map(([id]) => id);
  if (ids.length !== 1) throw new Error(`expected one Server Action named ${name}, found ${ids.length}`);
  return ids[0]!;
}

/**
 * Calls a `useActionState` action as React does: the arguments are
 * `[previous state, form data]`, the form's fields sent under React's `_1_` prefix.
 */
export function replayAction(request: APIRequestContext, name: string, page: string, fields: Record<string, string>): Promise<APIResponse> {
  const multipart = new FormData();
  for (const [field, value] of Object.entries(fields)) multipart.append(`_1_${field}`, value);
  // The root last, as React sends it: the server resolves references as the parts arrive.
  multipart.append("0", '[{},"$K1"]');
  return request.post(page, { headers: { "Next-Action": actionId(name), Accept: "text/x-component" }, multipart, maxRedirects: 0 });
}

export type ActionOutcome = {
  status: number;
  /** Where the action (or the proxy before it) sent the browser. */
  redirect: string | null;
  /** The state the action returned, when it returned one. */
  state: { ok?: boolean; code?: string; message?: string } | null;
};

/** What a replayed action answered. */
export async function outcomeOf(response: APIResponse): Promise<ActionOutcome> {
  const headers = response.headers();
  // Next.js says how the client should go there after a semicolon: "/dashboard;push".
  const redirect = headers["x-action-redirect"]?.replace(/;(push|replace)$/, "") ?? headers.location ?? null;
  let state: ActionOutcome["state"] = null;
  if ((headers["content-type"] ?? "").includes("text/x-component")) {
    // The RSC answer's line 1 is the action's return value (line 0 points at it).
    const line = (await response.text()).split("\n").find((l) => l.startsWith("1:{"));
    if (line) state = JSON.parse(line.slice(2)) as ActionOutcome["state"];
  }
  return { status: response.status(), redirect, state };
}

/** How the action turned the caller away: forbidden (a 403, or its own refusal), or sent to sign in; else "not refused". */
export function refusalOf(outcome: ActionOutcome): "forbidden" | "sign-in" | "not refused" {
  if (outcome.status === 403 || (outcome.state?.ok === false && outcome.state.code === "forbidden")) return "forbidden";
  if (outcome.redirect !== null && new URL(outcome.redirect, "http://newsroom.invalid").pathname === "/login") return "sign-in";
  return "not refused";
}
