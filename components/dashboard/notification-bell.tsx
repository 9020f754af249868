"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { isolate } from "@/lib/arabic/bidi";
import type { NotificationKind } from "@/lib/notifications/kinds";

type Item = {
  id: number;
  kind: NotificationKind;
  createdAt: string;
  read: boolean;
  story: { id: string; headline: string; language: string } | null;
  actor: { id: string; name: string } | null;
};

/** How often an open desk page asks for news: a notification shows within this, with no reload. */
const POLL_MS = 2_500;

async function markRead(body: { ids: number[] } | { all: true }): Promise<number | null> {
  const response = await fetch("/api/v1/notifications/read", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify(body),
  });
  return response.ok ? ((await response.json()) as { unread: number }).unread : null;
}

/**
 * The bell in the desk's header: the unread count, and the newest
 * notifications in a panel, each linking to its story. It asks the API every
 * few seconds while the page is visible, and at once when it becomes visible.
 */
export function NotificationBell() {
  const t = useTranslations("notifications");
  const format = useFormatter();
  const [items, setItems] = useState<Item[]>([]);
  const [unread, setUnread] = useState(0);
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const panel = useRef<HTMLDivElement>(null);

  const load = useCallback(async () => {
    try {
      const response = await fetch("/api/v1/notifications?limit=15", { headers: { accept: "application/json" }, cache: "no-store" });
      if (!response.ok) throw new Error(String(response.status));
      const data = (await response.json()) as { items: Item[]; unread: number };
      setItems(data.items);
      setUnread(data.unread);
      setFailed(false);
    } catch {
      setFailed(true);
    }
  }, []);

  useEffect(() => {
    // The first load runs after mount, like every later one, so server and browser draw the same bell.
    const first = setTimeout(() => void load(), 0);
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") void load();
    }, POLL_MS);
    const onVisible = () => document.visibilityState === "visible" && void load();
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [load]);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent ? event.key === "Escape" : !panel.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("mousedown", close);
      document.removeEventListener("keydown", close);
    };
  }, [open]);

  const readOne = async (item: Item) => {
    if (item.read) return;
    setItems((all) => all.map((i) => (i.id === item.id ? { ...i, read: true } : i)));
    const left = await markRead({ ids: [item.id] });
    if (left !== null) setUnread(left);
  };

  return (
    <div ref={panel} className="relative">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="notification-panel"
        aria-label={`${t("bell")} — ${t("unread", { count: unread })}`}
        data-testid="notification-bell"
        data-unread={unread}
        onClick={() => setOpen(!open)}
        className="relative rounded px-2 py-1 hover:bg-white/10"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="h-5 w-5"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
        {unread > 0 && (
          <span aria-hidden="true" className="absolute -end-1 -top-1 min-w-5 rounded-full bg-accent px-1 text-center text-xs font-bold text-white">
            {format.number(Math.min(unread, 99))}
            {unread > 99 ? "+" : ""}
          </span>
        )}
      </button>
      {open && (
        <div
          id="notification-panel"
          className="absolute end-0 z-30 mt-2 w-80 max-w-[calc(100vw-2rem)] rounded border border-stone-300 bg-white text-ink shadow-lg"
          data-testid="notification-panel"
        >
          <div className="flex items-center justify-between border-b border-stone-200 px-3 py-2">
            <h2 className="font-semibold">{t("title")}</h2>
            {unread > 0 && (
              <button
                type="button"
                className="text-sm text-accent underline"
                onClick={() => {
                  setItems((all) => all.map((i) => ({ ...i, read: true })));
                  void markRead({ all: true }).then((left) => left !== null && setUnread(left));
                }}
              >
                {t("markAll")}
              </button>
            )}
          </div>
          {failed && (
            <p role="status" className="px-3 py-2 text-sm text-accent">
              {t("failed")}
            </p>
          )}
          {items.length === 0 ? (
            <p className="px-3 py-4 text-sm text-stone-600">{t("none")}</p>
          ) : (
            <ul className="max-h-96 divide-y divide-stone-100 overflow-y-auto">
              {items.map((item) => {
                const sentence = t(`kinds.${item.kind}`, { headline: item.story ? isolate(`«${item.story.headline}»`) : "—" });
                return (
                  <li key={item.id} data-notification={item.kind} data-read={item.read} className={item.read ? "" : "bg-accent-soft/40"}>
                    {item.story ? (
                      <Link href={`/dashboard/articles/${item.story.id}`} onClick={() => void readOne(item)} className="block px-3 py-2 hover:bg-stone-100">
                        <span className={item.read ? "" : "font-semibold"}>{sentence}</span>
                        <span className="block text-xs text-stone-600">
                          {item.actor && <>{t("by", { name: isolate(item.actor.name) })} · </>}
                          <time dateTime={item.createdAt}>{format.relativeTime(new Date(item.createdAt), new Date())}</time>
                        </span>
                      </Link>
                    ) : (
                      <p className="px-3 py-2">{sentence}</p>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
