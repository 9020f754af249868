"use client";

import { mergeAttributes, Node } from "@tiptap/core";
import { NodeViewWrapper, ReactNodeViewRenderer, type ReactNodeViewProps } from "@tiptap/react";
import { useEffect, useId, useState } from "react";
import { useTranslations } from "next-intl";
import { useRefusalText } from "@/components/ui/refusal-text";
import type { Refusal } from "@/lib/errors";
import { describedEnough } from "@/lib/media/alt-text";
import { thumbnailOf } from "@/lib/media/picture";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    picture: { insertPictures: (ids: string[], at?: number) => ReturnType };
  }
}

/** What the block shows of a library picture (GET /api/v1/media/:id). */
type Shown = {
  version: number;
  alt: string | null;
  decorative: boolean;
  caption: string;
  credit: string;
  width: number;
  height: number;
  variants: { format: string; width: number; url: string }[];
};

type Loaded = { state: "loading" } | { state: "missing" } | { state: "failed" } | { state: "ready"; picture: Shown };

/**
 * Its alt text and the decorative mark, changed in place: a picture is
 * described where the writer sees it, not in another page.
 */
function DescribeForm({ id, picture, onSaved, onCancel }: { id: string; picture: Shown; onSaved: (picture: Shown) => void; onCancel?: () => void }) {
  const t = useTranslations("editor.picture");
  const tMedia = useTranslations("media");
  const refusal = useRefusalText();
  const fieldId = useId();
  const [alt, setAlt] = useState(picture.alt ?? "");
  const [decorative, setDecorative] = useState(picture.decorative);
  const [problem, setProblem] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);

  async function save() {
    setSaving(true);
    setProblem(undefined);
    try {
      const response = await fetch(`/api/v1/media/${id}`, {
        method: "PATCH",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify({ alt: alt.trim() || null, decorative, version: picture.version }),
      });
      const body = (await response.json()) as Shown & { error?: Refusal & { fieldReasons?: Record<string, Refusal> } };
      if (response.ok) onSaved(body);
      else setProblem(refusal(body.error?.fieldReasons?.alt ?? body.error));
    } catch {
      setProblem(t("offline"));
    } finally {
      setSaving(false);
    }
  }

  return (
    <div className="mt-2 space-y-2 font-sans text-sm">
      <label htmlFor={`${fieldId}-alt`} className="block font-semibold">
        {tMedia("alt")}
      </label>
      <textarea
        id={`${fieldId}-alt`}
        value={alt}
        rows={2}
        maxLength={500}
        dir="auto"
        onChange={(e) => setAlt(e.target.value)}
        aria-invalid={Boolean(problem)}
        aria-describedby={problem ? `${fieldId}-problem` : undefined}
        className="w-full rounded border border-stone-300 px-2 py-1"
      />
      <label className="flex items-center gap-2">
        <input type="checkbox" checked={decorative} onChange={(e) => setDecorative(e.target.checked)} />
        {tMedia("decorative")}
      </label>
      {problem && (
        <p id={`${fieldId}-problem`} role="alert" className="text-accent">
          {problem}
        </p>
      )}
      <div className="flex gap-3">
        <button type="button" disabled={saving} onClick={() => void save()} className="rounded bg-ink px-3 py-1 font-semibold text-white disabled:opacity-60">
          {t("saveDescription")}
        </button>
        {onCancel && (
          <button type="button" className="underline" onClick={onCancel}>
            {t("cancel")}
          </button>
        )}
      </div>
    </div>
  );
}

function PictureView({ node, deleteNode, editor, selected }: ReactNodeViewProps) {
  const t = useTranslations("editor.picture");
  const tMedia = useTranslations("media");
  const mediaId = node.attrs.mediaId as string;
  const [loaded, setLoaded] = useState<Loaded>({ state: "loading" });
  const [describing, setDescribing] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/v1/media/${mediaId}`, { signal: controller.signal, headers: { accept: "application/json" } })
      .then(async (response) => {
        if (response.status === 404) setLoaded({ state: "missing" });
        else if (!response.ok) setLoaded({ state: "failed" });
        else setLoaded({ state: "ready", picture: (await response.json()) as Shown });
      })
      .catch(() => controller.signal.aborted || setLoaded({ state: "failed" }));
    return () => controller.abort();
  }, [mediaId]);

  const picture = loaded.state === "ready" ? loaded.picture : null;
  const thumb = picture ? thumbnailOf(picture.variants) : undefined;
  const undescribed = picture !== null && !describedEnough(picture);
  return (
    <NodeViewWrapper
      as="figure"
      data-picture-block=""
      data-media-id={mediaId}
      data-described={picture ? String(!undescribed) : undefined}
      className={`my-4 rounded border p-2 ${undescribed || loaded.state === "missing" ? "border-amber-500 bg-amber-50" : "border-stone-200"} ${selected ? "ring-2 ring-ink/40" : ""}`}
    >
      <div contentEditable={false}>
        {picture && thumb ? (
          // eslint-disable-next-line @next/next/no-img-element -- the library's own variant, made at upload
          <img
            src={thumb.url}
            alt={picture.decorative ? "" : (picture.alt ?? "")}
            width={picture.width}
            height={picture.height}
            className="h-auto max-h-80 w-full rounded bg-stone-100 object-contain"
            draggable={false}
          />
        ) : (
          <p className="p-6 text-center font-sans text-sm text-stone-600" role={loaded.state === "loading" ? undefined : "alert"}>
            {t(loaded.state === "missing" ? "missing" : loaded.state === "failed" ? "loadFailed" : "loading")}
          </p>
        )}
        {picture && (
          <figcaption className="mt-1 font-sans text-sm text-stone-600">
            {picture.caption && <bdi>{picture.caption}</bdi>}{" "}
            <span className="text-stone-500">
              ({t("credit")} <bdi>{picture.credit}</bdi>)
            </span>
          </figcaption>
        )}
        {undescribed && !describing && (
          <p className="mt-1 font-sans text-sm font-semibold text-amber-900" data-testid="picture-undescribed">
            {t("noAlt")}
          </p>
        )}
        {picture && !undescribed && !describing && (
          <p className="mt-1 font-sans text-xs text-stone-500">{picture.decorative ? tMedia("decorativeBadge") : <bdi>{picture.alt}</bdi>}</p>
        )}
        {picture && editor.isEditable && (undescribed || describing) && (
          <DescribeForm
            id={mediaId}
            picture={picture}
            onSaved={(saved) => {
              setLoaded({ state: "ready", picture: saved });
              setDescribing(false);
            }}
            onCancel={describing ? () => setDescribing(false) : undefined}
          />
        )}
        {editor.isEditable && (
          <div className="mt-2 flex gap-3 font-sans text-sm">
            {picture && !undescribed && !describing && (
              <button type="button" className="underline" onClick={() => setDescribing(true)}>
                {t("describe")}
              </button>
            )}
            <button type="button" className="underline" onClick={() => deleteNode()}>
              {t("remove")}
            </button>
          </div>
        )}
      </div>
    </NodeViewWrapper>
  );
}

/**
 * A library picture in the body, by id only: the caption, credit and alt text
 * are the library's, shown here and changed there (or in place, for the alt
 * text), so every story showing the picture says the same.
 */
export const PictureBlock = Node.create({
  name: "image",
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,
  addAttributes() {
    return {
      mediaId: {
        default: null,
        // Pasted markup could carry any value; only a library id is kept, and the server checks the library has it.
        parseHTML: (el) => {
          const id = el.getAttribute("data-media-id");
          return id && UUID.test(id) ? id : null;
        },
        renderHTML: (attrs) => (attrs.mediaId ? { "data-media-id": attrs.mediaId } : {}),
      },
    };
  },
  parseHTML() {
    // A figure from elsewhere (with an <img src>) has no library id and is not taken.
    return [{ tag: "figure[data-media-id]", getAttrs: (el) => (UUID.test(el.getAttribute("data-media-id") ?? "") ? null : false) }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["figure", mergeAttributes(HTMLAttributes, { "data-picture-block": "" })];
  },
  addNodeView() {
    return ReactNodeViewRenderer(PictureView);
  },
  addCommands() {
    return {
      insertPictures:
        (ids, at) =>
        ({ commands, state }) => {
          const nodes = ids.map((mediaId) => ({ type: this.name, attrs: { mediaId } }));
          // Where a file was dropped, unless the text has since shrunk past that place.
          return at === undefined ? commands.insertContent(nodes) : commands.insertContentAt(Math.min(at, state.doc.content.size), nodes);
        },
    };
  },
});
