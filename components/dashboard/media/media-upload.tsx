"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useRef, useState, type DragEvent } from "react";
import { Field } from "@/components/ui/field";
import { useRefusalText } from "@/components/ui/refusal-text";
import { sendPicture, uploadRefusals } from "./upload-request";

type Upload = { key: string; name: string; state: "uploading" | "processing" | "done" | "failed"; percent: number; problem?: string };

/**
 * Drag pictures in or choose them, one or many; each goes up on its own with
 * its progress and its own outcome, under the credit, caption and alt text
 * given once for the batch. What was typed stays after a refusal.
 */
export function MediaUpload({ maxMb }: { maxMb: number }) {
  const t = useTranslations("media");
  const refusal = useRefusalText();
  const router = useRouter();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string | undefined>>({});
  const [over, setOver] = useState(false);

  const update = (key: string, change: Partial<Upload>) => setUploads((all) => all.map((u) => (u.key === key ? { ...u, ...change } : u)));

  async function uploadAll(files: File[]) {
    const form = formRef.current;
    if (!form || files.length === 0) return;
    const fields = new FormData(form);
    fields.delete("file");
    setFieldErrors({});
    const batch = files.map((file, i) => ({ key: `${Date.now()}-${i}-${file.name}`, name: file.name, state: "uploading" as const, percent: 0 }));
    setUploads((all) => [...batch, ...all]);
    let any = false;
    for (const [i, file] of files.entries()) {
      const key = batch[i]!.key;
      const body = new FormData();
      for (const [name, value] of fields) body.append(name, value);
      body.append("file", file);
      try {
        const answer = await sendPicture(body, (percent) => update(key, percent < 100 ? { percent } : { percent, state: "processing" }));
        if (answer.status === 201) {
          update(key, { state: "done", percent: 100 });
          any = true;
          continue;
        }
        const refused = uploadRefusals(answer.body);
        setFieldErrors(Object.fromEntries(Object.entries(refused.fields).map(([name, r]) => [name, refusal(r)])));
        update(key, { state: "failed", problem: refusal(refused.file) });
      } catch {
        update(key, { state: "failed", problem: t("network") });
      }
    }
    if (any) router.refresh();
  }

  function dropped(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setOver(false);
    void uploadAll([...event.dataTransfer.files]);
  }

  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="rounded border border-stone-200 bg-white p-4"
      // A picture copied elsewhere and pasted anywhere in this panel goes up like a dropped one.
      onPaste={(event) => {
        const files = [...event.clipboardData.files];
        if (files.length === 0) return;
        event.preventDefault();
        void uploadAll(files);
      }}
    >
      <h2 id={`${id}-heading`} className="font-bold">
        {t("upload")}
      </h2>
      <form ref={formRef} onSubmit={(e) => e.preventDefault()} className="mt-3 grid gap-3 md:grid-cols-2">
        <p className="text-sm text-stone-600 md:col-span-2">{t("sharedFields")}</p>
        <Field id={`${id}-credit`} label={t("credit")} error={fieldErrors.credit}>
          {(control) => <input {...control} name="credit" required maxLength={200} />}
        </Field>
        <Field id={`${id}-caption`} label={t("caption")} error={fieldErrors.caption}>
          {(control) => <input {...control} name="caption" maxLength={1000} />}
        </Field>
        <Field id={`${id}-alt`} label={t("alt")} error={fieldErrors.alt} className="md:col-span-2">
          {(control) => <input {...control} name="alt" maxLength={500} />}
        </Field>
        <label className="flex items-center gap-2 text-sm md:col-span-2">
          <input type="checkbox" name="decorative" value="true" />
          {t("decorative")}
        </label>
        <div
          onDragOver={(e) => {
            e.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={dropped}
          data-testid="media-drop"
          className={`rounded border-2 border-dashed p-6 text-center md:col-span-2 ${over ? "border-accent bg-amber-50" : "border-stone-300"}`}
        >
          <p>{t("drop")}</p>
          <label className="mt-2 inline-block cursor-pointer rounded bg-accent px-3 py-1.5 font-semibold text-white focus-within:outline-2">
            {t("choose")}
            <input
              type="file"
              name="file"
              multiple
              accept="image/jpeg,image/png,image/webp,image/avif"
              className="sr-only"
              onChange={(e) => {
                void uploadAll([...(e.target.files ?? [])]);
                e.target.value = "";
              }}
            />
          </label>
          <p className="mt-2 text-sm text-stone-600">
            <span translate="no" dir="ltr">
              JPEG · PNG · WebP · AVIF
            </span>{" "}
            {t("formats", { mb: maxMb })}
          </p>
        </div>
      </form>
      {uploads.length > 0 && (
        <ul className="mt-4 space-y-2" aria-live="polite">
          {uploads.map((u) => (
            <li key={u.key} data-testid="media-upload" data-state={u.state}>
              <div className="flex justify-between gap-2 text-sm">
                <bdi className="truncate">{u.name}</bdi>
                <span>{u.state === "uploading" ? t("uploading", { percent: u.percent }) : t(u.state)}</span>
              </div>
              <progress max={100} value={u.percent} className="h-2 w-full" aria-label={u.name} />
              {u.problem && (
                <p role="alert" className="text-sm text-accent">
                  {u.problem}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
