"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";

export type PickedStory = { id: string; headline: string };

type Found = PickedStory & { status: string; section: string };

/**
 * Search-as-you-type over the desk's stories (the search API, the last
 * word read as the start of a word), for pointing a related-story block at one. Arrow keys move,
 * Enter picks, Escape closes.
 */
export function StoryPicker({
  initialQuery = "",
  excludeId,
  onPick,
  onClose,
}: {
  initialQuery?: string;
  excludeId?: string;
  onPick: (story: PickedStory) => void;
  onClose: () => void;
}) {
  const t = useTranslations("editor.picker");
  const [query, setQuery] = useState(initialQuery);
  const [found, setFound] = useState<Found[]>([]);
  const [active, setActive] = useState(0);
  const [state, setState] = useState<"idle" | "loading" | "error">("idle");
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();

  useEffect(() => input.current?.focus(), []);

  useEffect(() => {
    const q = query.trim();
    if (!q) return;
    const controller = new AbortController();
    const search = async () => {
      setState("loading");
      try {
        const response = await fetch(`/api/v1/search?limit=8&prefix=true&q=${encodeURIComponent(q)}`, {
          signal: controller.signal,
          headers: { accept: "application/json" },
        });
        // Nothing to search for yet (punctuation alone, say): no stories, not a failure.
        if (response.status === 400) {
          setFound([]);
          setState("idle");
          return;
        }
        if (!response.ok) throw new Error(String(response.status));
        const page = (await response.json()) as { items: { id: string; headline: string; status: string; section: { slug: string } }[] };
        setFound(page.items.filter((s) => s.id !== excludeId).map((s) => ({ id: s.id, headline: s.headline, status: s.status, section: s.section.slug })));
        setActive(0);
        setState("idle");
      } catch (error) {
        if (!controller.signal.aborted) setState(error instanceof Error && error.name === "AbortError" ? "idle" : "error");
      }
    };
    // search reports its own failures in the picker; typing again aborts it.
    const timer = setTimeout(() => void search(), 200);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [query, excludeId]);

  const shown = query.trim() ? found : [];
  const pick = (story: Found | undefined) => story && onPick({ id: story.id, headline: story.headline });

  return (
    <div role="dialog" aria-modal="false" aria-label={t("title")} className="rounded border border-stone-300 bg-white p-3 shadow-lg" data-testid="story-picker">
      <Field id={`${listId}-q`} label={t("label")} smallLabel>
        {(control) => (
          <input
            {...control}
            ref={input}
            dir="auto"
            role="combobox"
            aria-expanded={shown.length > 0}
            aria-controls={listId}
            aria-activedescendant={shown[active] ? `${listId}-${shown[active].id}` : undefined}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "ArrowDown") setActive((i) => Math.min(i + 1, shown.length - 1));
              else if (e.key === "ArrowUp") setActive((i) => Math.max(i - 1, 0));
              else if (e.key === "Enter") pick(shown[active]);
              else if (e.key === "Escape") onClose();
              else return;
              e.preventDefault();
            }}
          />
        )}
      </Field>
      <p className="mt-1 text-sm text-stone-600" aria-live="polite">
        {state === "loading" ? t("searching") : state === "error" ? t("failed") : query.trim() && shown.length === 0 ? t("none") : ""}
      </p>
      <ul id={listId} role="listbox" className="mt-1 max-h-64 overflow-auto">
        {shown.map((story, i) => (
          <li
            key={story.id}
            id={`${listId}-${story.id}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(story)}
            className={`cursor-pointer rounded px-2 py-1.5 ${i === active ? "bg-stone-200" : ""}`}
          >
            <span dir="auto" className="font-serif">
              {story.headline}
            </span>
            <span className="ms-2 text-xs text-stone-600">{story.section}</span>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onClose} className="mt-2 text-sm underline">
        {t("cancel")}
      </button>
    </div>
  );
}
