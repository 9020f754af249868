import { useTranslations } from "next-intl";

const SHORTCUTS = [
  { name: "bold", keys: ["B"] },
  { name: "italic", keys: ["I"] },
  { name: "link", keys: ["K"] },
  { name: "save", keys: ["S"] },
  { name: "undo", keys: ["Z"] },
  { name: "redo", keys: ["Shift", "Z"] },
] as const;

/** The editor's keyboard shortcuts, folded under the body's hint. Keys are named as printed on the keyboard. */
export function ShortcutHelp() {
  const t = useTranslations("editor.shortcuts");
  return (
    <details className="text-sm text-stone-600" data-testid="shortcut-help">
      <summary className="cursor-pointer underline decoration-stone-400">{t("title")}</summary>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        {SHORTCUTS.map((s) => (
          <div key={s.name} className="contents">
            <dt dir="ltr" className="text-end">
              {["Ctrl/⌘", ...s.keys].map((key, i) => (
                <span key={key}>
                  {i > 0 && " + "}
                  <kbd className="rounded border border-stone-300 bg-white px-1 font-sans text-xs">{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{t(s.name)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
