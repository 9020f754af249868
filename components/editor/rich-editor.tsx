"use client";

import { Fragment, Slice } from "@tiptap/pm/model";
import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import { useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { blocksFromPastedText, hasRelatedLines } from "@/lib/richtext/paste";
import type { RichTextDocument } from "@/lib/richtext/schema";
import { isSafeHref } from "@/lib/richtext/schema";
import { storyExtensions } from "./extensions";
import { PicturePanel } from "./picture-panel";
import { StoryPicker } from "./story-picker";

type Props = {
  id: string;
  initial: RichTextDocument;
  language: "ar" | "en";
  storyId?: string;
  describedBy?: string;
  invalid?: boolean;
  onChange: (editorJson: unknown) => void;
  onBlur?: () => void;
  onReady?: (editor: Editor) => void;
  /** Shown at the toolbar's end, which stays in sight while one writes (the save status). */
  status?: ReactNode;
};

const button = "rounded px-2 py-1 text-sm font-semibold hover:bg-stone-200 aria-pressed:bg-ink aria-pressed:text-white disabled:opacity-40";

type Panel = "link" | "related" | "picture" | null;

/** Picture files dropped or pasted into the text, where they go, and which drop this is. */
type Pending = { files: File[]; at?: number; drop: number };

/** The picture files among what was dropped or pasted (the server checks their bytes; this only routes them). */
function pictureFiles(data: DataTransfer | null): File[] {
  return [...(data?.files ?? [])].filter((file) => file.type.startsWith("image/"));
}

/** How a shortcut is written on this keyboard: ⌘ on Apple's, Ctrl elsewhere. */
function shortcut(key: string): string {
  const apple = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);
  return apple ? `⌘${key}` : `Ctrl+${key}`;
}

/** The link field: a web or e-mail address for the selected text (an address with no scheme gets one). */
function LinkPanel({ editor, initial, linked, close }: { editor: Editor; initial: string; linked: boolean; close: () => void }) {
  const t = useTranslations("editor");
  const [href, setHref] = useState(initial);
  const [linkError, setLinkError] = useState(false);
  const chain = () => editor.chain().focus();
  const applyLink = () => {
    const value = href.trim();
    if (!value) {
      chain().extendMarkRange("link").unsetLink().run();
      close();
      return;
    }
    const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : value.includes("@") ? `mailto:${value}` : `https://${value}`;
    if (!isSafeHref(withScheme)) {
      setLinkError(true);
      return;
    }
    chain().extendMarkRange("link").setLink({ href: withScheme }).run();
    close();
  };
  return (
    <div className="flex flex-wrap items-center gap-2 border-t border-stone-200 p-2">
      <label htmlFor="link-href" className="text-sm font-semibold">
        {t("linkAddress")}
      </label>
      <input
        id="link-href"
        dir="ltr"
        value={href}
        autoFocus
        onChange={(e) => {
          setHref(e.target.value);
          setLinkError(false);
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            applyLink();
          } else if (e.key === "Escape") {
            close();
            editor.commands.focus();
          }
        }}
        aria-invalid={linkError}
        aria-describedby="link-error"
        className="min-w-64 flex-1 rounded border border-stone-300 px-2 py-1 aria-[invalid=true]:border-accent"
      />
      <button type="button" className="rounded bg-ink px-3 py-1 text-sm text-white" onClick={applyLink}>
        {t("linkApply")}
      </button>
      {linked && (
        <button type="button" className="text-sm underline" onClick={() => (chain().extendMarkRange("link").unsetLink().run(), close())}>
          {t("linkRemove")}
        </button>
      )}
      {linkError && (
        <p id="link-error" className="w-full text-sm text-accent">
          {t("linkInvalid")}
        </p>
      )}
    </div>
  );
}

function Toolbar({
  editor,
  language,
  storyId,
  panel,
  setPanel,
  pending,
  status,
}: {
  editor: Editor;
  language: "ar" | "en";
  storyId?: string;
  panel: Panel;
  setPanel: (panel: Panel) => void;
  /** Picture files dropped or pasted into the text, and where they go. */
  pending: Pending;
  status?: ReactNode;
}) {
  const t = useTranslations("editor");
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      h2: e.isActive("heading", { level: 2 }),
      h3: e.isActive("heading", { level: 3 }),
      quote: e.isActive("blockquote"),
      bullets: e.isActive("bulletList"),
      numbers: e.isActive("orderedList"),
      link: e.isActive("link"),
      linkHref: (e.getAttributes("link").href as string | undefined) ?? "",
    }),
  });
  const chain = () => editor.chain().focus();
  const tools: { key: keyof typeof active; label: string; run: () => void; text: string; keys?: string }[] = [
    { key: "bold", label: t("bold"), text: t("boldShort"), keys: "B", run: () => chain().toggleBold().run() },
    { key: "italic", label: t("italic"), text: t("italicShort"), keys: "I", run: () => chain().toggleItalic().run() },
    { key: "h2", label: t("heading2"), text: t("heading2Short"), run: () => chain().toggleHeading({ level: 2 }).run() },
    { key: "h3", label: t("heading3"), text: t("heading3Short"), run: () => chain().toggleHeading({ level: 3 }).run() },
    { key: "quote", label: t("quote"), text: "❝", run: () => chain().toggleBlockquote().run() },
    { key: "bullets", label: t("bullets"), text: "•", run: () => chain().toggleBulletList().run() },
    { key: "numbers", label: t("numbers"), text: "1.", run: () => chain().toggleOrderedList().run() },
  ];
  return (
    <div className="sticky top-0 z-10 border-b border-stone-200 bg-stone-50">
      <div role="toolbar" aria-label={t("toolbar")} aria-controls="body-editor" className="flex flex-wrap items-center gap-1 p-1">
        {tools.map((tool) => (
          <button
            key={tool.key}
            type="button"
            className={button}
            aria-label={tool.label}
            aria-keyshortcuts={tool.keys ? `Control+${tool.keys} Meta+${tool.keys}` : undefined}
            title={tool.keys ? `${tool.label} (${shortcut(tool.keys)})` : tool.label}
            aria-pressed={Boolean(active[tool.key])}
            onClick={tool.run}
          >
            {tool.text}
          </button>
        ))}
        <button
          type="button"
          className={button}
          aria-pressed={active.link}
          aria-expanded={panel === "link"}
          aria-keyshortcuts="Control+K Meta+K"
          title={`${t("link")} (${shortcut("K")})`}
          onClick={() => setPanel(panel === "link" ? null : "link")}
        >
          {t("link")}
        </button>
        <button type="button" className={button} aria-expanded={panel === "related"} onClick={() => setPanel(panel === "related" ? null : "related")}>
          {t("related.insert")}
        </button>
        <button type="button" className={button} aria-expanded={panel === "picture"} onClick={() => setPanel(panel === "picture" ? null : "picture")}>
          {t("picture.insert")}
        </button>
        {status && <div className="ms-auto px-2">{status}</div>}
      </div>
      {panel === "link" && <LinkPanel editor={editor} initial={active.linkHref} linked={active.link} close={() => setPanel(null)} />}
      {panel === "picture" && (
        <PicturePanel
          // Files dropped while it is open start it afresh with them.
          key={pending.drop}
          language={language}
          pending={pending.files}
          onPlace={(ids) => chain().insertPictures(ids, pending.at).run()}
          onClose={() => setPanel(null)}
        />
      )}
      {panel === "related" && (
        <div className="border-t border-stone-200 p-2">
          <StoryPicker
            excludeId={storyId}
            onClose={() => setPanel(null)}
            onPick={(story) => {
              chain().insertRelatedStory({ articleId: story.id, headline: story.headline }).run();
              setPanel(null);
            }}
          />
        </div>
      )}
    </div>
  );
}

/**
 * The story body in Tiptap. The editor follows the story's language for its
 * base direction and gives every block dir="auto", so an English quote in
 * Arabic copy (or the reverse) lays out and moves the caret correctly.
 */
export function RichEditor({ id, initial, language, storyId, describedBy, invalid, onChange, onBlur, onReady, status }: Props) {
  // The document is the editor's own once it exists; later props must not reset it.
  const [content] = useState(initial);
  const [panel, setPanel] = useState<Panel>(null);
  const [pending, setPending] = useState<Pending>({ files: [], drop: 0 });
  const choosePanel = (next: Panel) => {
    if (next !== "picture") setPending((p) => ({ files: [], drop: p.drop }));
    setPanel(next);
  };
  // Dropped or pasted picture files are described first (credit, caption, alt text), then uploaded and placed.
  const describeFiles = (files: File[], at?: number) => {
    setPending((p) => ({ files, at, drop: p.drop + 1 }));
    setPanel("picture");
  };
  const editor = useEditor({
    extensions: storyExtensions(language),
    content,
    textDirection: "auto",
    immediatelyRender: false,
    editorProps: {
      attributes: {
        id,
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": `${id}-label`,
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
        "aria-invalid": String(Boolean(invalid)),
        lang: language,
        dir: language === "ar" ? "rtl" : "ltr",
        class: "story-body min-h-96 px-4 py-3 font-serif text-lg leading-loose focus:outline-none",
      },
      handleDrop: (view, event, _slice, moved) => {
        const files = moved ? [] : pictureFiles(event.dataTransfer);
        if (files.length === 0) return false;
        event.preventDefault();
        describeFiles(files, view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos);
        return true;
      },
      // A copied picture alone goes to the picture panel; text copied with pictures in it is
      // pasted as text, never lost for its pictures. Wire copy pasted as text keeps its
      // «اقرأ المزيد» lines as related-story blocks. HTML goes through the schema-bound
      // parser, which drops what the schema lacks.
      handlePaste: (view, event) => {
        const data = event.clipboardData;
        const files = pictureFiles(data);
        if (files.length > 0 && !data?.getData("text/plain").trim()) {
          describeFiles(files);
          return true;
        }
        if (!data || data.types.includes("text/html")) return false;
        const text = data.getData("text/plain");
        if (!hasRelatedLines(text)) return false;
        const nodes = blocksFromPastedText(text).map((block) => view.state.schema.nodeFromJSON(block));
        view.dispatch(view.state.tr.replaceSelection(new Slice(Fragment.fromArray(nodes), 0, 0)).scrollIntoView());
        return true;
      },
    },
    onCreate: ({ editor: created }) => onReady?.(created),
    onUpdate: ({ editor: updated }) => onChange(updated.getJSON()),
    onBlur: () => onBlur?.(),
  });
  return (
    <div
      className="rounded border border-stone-300 bg-white focus-within:ring-2 focus-within:ring-ink/30"
      data-testid="rich-editor"
      onKeyDown={(event) => {
        // Ctrl/⌘+K opens the link field, as in every word processor; the browser's own use of it (the search bar) gives way.
        if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "k" && editor?.isFocused) {
          event.preventDefault();
          choosePanel("link");
        }
      }}
    >
      {editor ? <Toolbar editor={editor} language={language} storyId={storyId} panel={panel} setPanel={choosePanel} pending={pending} status={status} /> : null}
      <EditorContent editor={editor} />
    </div>
  );
}
