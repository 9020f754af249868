"use client";

import { useEffect, useId, useState } from "react";
import { useTranslations } from "next-intl";
import { sendPicture, uploadRefusals } from "@/components/dashboard/media/upload-request";
import { Field } from "@/components/ui/field";
import { useRefusalText } from "@/components/ui/refusal-text";
import { describedEnough } from "@/lib/media/alt-text";
import { thumbnailOf } from "@/lib/media/picture";

type Found = {
  id: string;
  caption: string;
  credit: string;
  alt: string | null;
  decorative: boolean;
  variants: { format: string; width: number; url: string }[];
};

type Sending = { name: string; percent: number; problem?: string };

const ACCEPTED = "image/jpeg,image/png,image/webp,image/avif";

/** The library's pictures matching what was typed (caption, credit, alt text), newest first; a click places one. */
function LibraryChoices({ onPlace }: { onPlace: (id: string) => void }) {
  const t = useTranslations("editor.picture");
  const tMedia = useTranslations("media");
  const [query, setQuery] = useState("");
  const [found, setFound] = useState<Found[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/v1/media?limit=12${query.trim() ? `&q=${encodeURIComponent(query.trim())}` : ""}`, {
        signal: controller.signal,
        headers: { accept: "application/json" },
      })
        .then(async (response) => {
          if (!response.ok) throw new Error(String(response.status));
          setFound(((await response.json()) as { items: Found[] }).items);
          setFailed(false);
        })
        .catch(() => controller.signal.aborted || setFailed(true));
    }, 200);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [query]);

  return (
    <section className="space-y-2">
      <h3 className="font-semibold">{t("fromLibrary")}</h3>
      <input
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        aria-label={tMedia("search")}
        placeholder={tMedia("search")}
        className="w-full rounded border border-stone-300 px-2 py-1"
      />
      {failed && (
        <p role="alert" className="text-sm text-accent">
          {t("loadFailed")}
        </p>
      )}
      {found?.length === 0 && <p className="text-sm text-stone-600">{tMedia(query.trim() ? "noMatch" : "empty")}</p>}
      <ul className="grid max-h-72 grid-cols-3 gap-2 overflow-y-auto sm:grid-cols-4">
        {found?.map((picture) => (
          <li key={picture.id}>
            <button
              type="button"
              onClick={() => onPlace(picture.id)}
              className="block w-full rounded border border-stone-200 p-1 text-start text-xs hover:border-accent focus:border-accent"
            >
              {/* eslint-disable-next-line @next/next/no-img-element -- the library's own variant, made at upload */}
              <img src={thumbnailOf(picture.variants)?.url} alt="" className="aspect-[4/3] w-full object-cover" loading="lazy" />
              <bdi className="line-clamp-2">{picture.caption || picture.credit}</bdi>
              {!describedEnough(picture) && <span className="block font-semibold text-accent">{tMedia("noAlt")}</span>}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Pictures into the body: new files (chosen here, or dropped or pasted into
 * the text, which brings them here) go to the library with their credit,
 * caption and alt text, then take their place; or one already in the
 * library is placed. What was typed stays after a refusal.
 */
export function PicturePanel({
  language,
  pending,
  onPlace,
  onClose,
}: {
  language: "ar" | "en";
  /** Files dropped or pasted into the text, waiting for their description. */
  pending: File[];
  onPlace: (ids: string[]) => void;
  onClose: () => void;
}) {
  const t = useTranslations("editor.picture");
  const tMedia = useTranslations("media");
  const refusal = useRefusalText();
  const id = useId();
  const [description, setDescription] = useState({ credit: "", caption: "", alt: "", decorative: false });
  const [files, setFiles] = useState<File[]>(pending);
  const [sending, setSending] = useState<Sending[]>([]);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string | undefined>>({});
  const [busy, setBusy] = useState(false);

  const describe = (change: Partial<typeof description>) => setDescription((d) => ({ ...d, ...change }));

  async function upload() {
    if (files.length === 0) return;
    setBusy(true);
    setFieldErrors({});
    const progress: Sending[] = files.map((file) => ({ name: file.name, percent: 0 }));
    setSending(progress);
    const placed: string[] = [];
    const left: number[] = [];
    for (const [i, file] of files.entries()) {
      const update = (change: Partial<Sending>) => {
        progress[i] = { ...progress[i]!, ...change };
        setSending([...progress]);
      };
      const body = new FormData();
      body.append("credit", description.credit);
      body.append("caption", description.caption);
      body.append("alt", description.alt);
      body.append("decorative", String(description.decorative));
      body.append("language", language);
      body.append("file", file);
      try {
        const answer = await sendPicture(body, (percent) => update({ percent }));
        if (answer.status === 201) {
          placed.push((answer.body as { id: string }).id);
          continue;
        }
        const refused = uploadRefusals(answer.body);
        setFieldErrors(Object.fromEntries(Object.entries(refused.fields).map(([name, r]) => [name, refusal(r)])));
        update({ problem: refusal(refused.file) });
      } catch {
        update({ problem: tMedia("network") });
      }
      left.push(i);
    }
    setBusy(false);
    // The refused stay listed with their reasons, to be fixed and sent again; the rest are placed.
    setFiles(left.map((i) => files[i]!));
    setSending(left.map((i) => progress[i]!));
    if (placed.length > 0) onPlace(placed);
    if (left.length === 0) onClose();
  }

  return (
    <div className="grid gap-4 border-t border-stone-200 bg-white p-3 font-sans text-sm md:grid-cols-2" data-testid="picture-panel">
      <section aria-labelledby={`${id}-upload`}>
        <h3 id={`${id}-upload`} className="font-semibold">
          {t("upload")}
        </h3>
        {/* Not a <form>: the panel sits inside the story's form. Enter in a field uploads rather than saving the story. */}
        <div
          className="mt-2 space-y-2"
          onKeyDown={(e) => {
            if (e.key === "Enter" && e.target instanceof HTMLInputElement && e.target.type !== "checkbox") {
              e.preventDefault();
              void upload();
            }
          }}
        >
          <label className="inline-block cursor-pointer rounded border border-stone-400 px-3 py-1 font-semibold focus-within:outline-2">
            {tMedia("choose")}
            <input
              type="file"
              multiple
              accept={ACCEPTED}
              className="sr-only"
              onChange={(e) => {
                setFiles([...(e.target.files ?? [])]);
                setSending([]);
                e.target.value = "";
              }}
            />
          </label>
          <span className="ms-2 text-stone-600" translate="no" dir="ltr">
            JPEG · PNG · WebP · AVIF
          </span>
          {files.length > 0 && (
            <ul className="space-y-1" aria-live="polite" data-testid="picture-files">
              {files.map((file, i) => (
                <li key={`${file.name}-${i}`}>
                  <bdi>{file.name}</bdi>
                  {sending[i] && <progress max={100} value={sending[i].percent} aria-label={file.name} className="ms-2 h-2 w-24 align-middle" />}
                  {sending[i]?.problem && (
                    <p role="alert" className="text-accent">
                      {sending[i].problem}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          )}
          <Field id={`${id}-credit`} label={tMedia("credit")} error={fieldErrors.credit}>
            {(control) => <input {...control} value={description.credit} onChange={(e) => describe({ credit: e.target.value })} required maxLength={200} />}
          </Field>
          <Field id={`${id}-caption`} label={tMedia("caption")} error={fieldErrors.caption}>
            {(control) => (
              <input {...control} value={description.caption} onChange={(e) => describe({ caption: e.target.value })} maxLength={1000} dir="auto" />
            )}
          </Field>
          <Field id={`${id}-alt`} label={tMedia("alt")} error={fieldErrors.alt}>
            {(control) => <input {...control} value={description.alt} onChange={(e) => describe({ alt: e.target.value })} maxLength={500} dir="auto" />}
          </Field>
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={description.decorative} onChange={(e) => describe({ decorative: e.target.checked })} />
            {tMedia("decorative")}
          </label>
          <div className="flex gap-3">
            <button
              type="button"
              onClick={() => void upload()}
              disabled={busy || files.length === 0}
              className="rounded bg-ink px-3 py-1 font-semibold text-white disabled:opacity-50"
            >
              {t("uploadAndPlace", { count: files.length })}
            </button>
            <button type="button" className="underline" onClick={onClose}>
              {t("cancel")}
            </button>
          </div>
        </div>
      </section>
      <LibraryChoices onPlace={(picked) => (onPlace([picked]), onClose())} />
    </div>
  );
}
