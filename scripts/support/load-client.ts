/**
 * What a load run measures and remembers of each request, and a small HTTP
 * client with a cookie jar that signs in the way docs/api.md does.
 */

/** One request: its type ("story page", "autosave"…), when it ran (epoch ms), and how it ended. */
export type Timed = {
  type: string;
  start: number;
  end: number;
  /** The HTTP status, or 0 when no answer came (connection refused or reset, timeout). */
  status: number;
  /** The API's error code, or the connection error's, when there was one. */
  error?: string;
};

/** Wall-clock milliseconds comparable between processes, with sub-millisecond resolution. */
export const now = () => performance.timeOrigin + performance.now();

const TIMEOUT_MS = 30_000;

export type Answer = { status: number; body: unknown; error?: string };

export class LoadClient {
  private readonly cookies = new Map<string, string>();

  constructor(
    readonly base: string,
    private readonly log: Timed[],
  ) {}

  /** The jar as a Cookie header, for a request made some other way. */
  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  /**
   * One timed request. A JSON body is sent as JSON, a URLSearchParams as a
   * form. Never throws: no answer is status 0 with the connection error.
   */
  async request(type: string, method: string, path: string, body?: unknown): Promise<Answer> {
    const headers: Record<string, string> = {};
    if (this.cookies.size) headers.Cookie = this.cookieHeader();
    let payload: string | undefined;
    if (body instanceof URLSearchParams) {
      headers["Content-Type"] = "application/x-www-form-urlencoded";
      payload = body.toString();
    } else if (body !== undefined) {
      headers["Content-Type"] = "application/json";
      payload = JSON.stringify(body);
    }
    const start = now();
    let answer: Answer;
    try {
      const response = await fetch(`${this.base}${path}`, { method, headers, body: payload, redirect: "manual", signal: AbortSignal.timeout(TIMEOUT_MS) });
      for (const cookie of response.headers.getSetCookie()) {
        const [pair] = cookie.split(";");
        const at = pair!.indexOf("=");
        this.cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
      }
      const text = await response.text();
      const json = response.headers.get("content-type")?.includes("json") && text ? (JSON.parse(text) as unknown) : text;
      const code = (json as { error?: { code?: string } } | null)?.error?.code;
      answer = { status: response.status, body: json, ...(code ? { error: code } : {}) };
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      answer = { status: 0, body: null, error: cause ?? (error as Error).name };
    }
    this.log.push({ type, start, end: now(), status: answer.status, ...(answer.error ? { error: answer.error } : {}) });
    return answer;
  }

  /** Auth.js's credentials sign-in (GET /api/auth/csrf, then the form); the session cookie stays in the jar. */
  async signIn(email: string, password: string): Promise<void> {
    const csrf = await this.request("sign in", "GET", "/api/auth/csrf");
    const csrfToken = (csrf.body as { csrfToken?: string } | null)?.csrfToken;
    if (!csrfToken) throw new Error(`No CSRF token (${csrf.status}).`);
    const form = new URLSearchParams({ csrfToken, email, password });
    const signedIn = await this.request("sign in", "POST", "/api/auth/callback/credentials", form);
    if (![...this.cookies.keys()].some((name) => name.endsWith("authjs.session-token"))) {
      throw new Error(`Signing in as ${email} failed (${signedIn.status}).`);
    }
  }
}
