"use client";

import { useLayoutEffect, useRef, useState, type ComponentProps } from "react";
import { normalizeForSearch } from "@/lib/arabic/normalize";

type Person = { id: string; name: string };

/** The name being typed after an @ just before the caret: up to two words, as most names start. */
const TYPING = /(?:^|[\s(«"'“])@([^\s@]{0,40}(?: [^\s@]{0,40})?)$/u;
const SHOWN = 6;

/**
 * A note's text box that offers the active staff's names after an @ and
 * writes the chosen one in full, as the server reads mentions
 * (lib/notifications/mentions.ts). Arrows choose, Enter or Tab takes,
 * Escape closes; Arabic names match without their hamza and diacritics.
 */
export function MentionTextarea({ staff, defaultValue, ...props }: ComponentProps<"textarea"> & { staff: Person[]; defaultValue?: string }) {
  const [value, setValue] = useState(defaultValue ?? "");
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState<number | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  // Where the caret goes once the chosen name is in the box: placed as React commits the new
  // text, before the next key is read, so someone typing on at once types after the name.
  const caretAfterName = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (caretAfterName.current === null) return;
    box.current?.setSelectionRange(caretAfterName.current, caretAfterName.current);
    caretAfterName.current = null;
  });
  const typing = TYPING.exec(value.slice(0, caret));
  const query = typing ? normalizeForSearch(typing[1]!) : null;
  const matches =
    query === null || dismissed === caret
      ? []
      : staff
          .filter((p) =>
            normalizeForSearch(p.name)
              .split(" ")
              .some((w, i, all) => all.slice(i).join(" ").startsWith(query)),
          )
          .slice(0, SHOWN);
  const listId = `${props.id}-people`;

  const choose = (person: Person) => {
    const start = caret - typing![1]!.length;
    const next = `${value.slice(0, start)}${person.name} ${value.slice(caret)}`;
    const at = start + person.name.length + 1;
    setValue(next);
    setCaret(at);
    caretAfterName.current = at;
  };

  return (
    <div className="relative">
      <textarea
        {...props}
        ref={box}
        value={value}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={matches.length > 0}
        aria-controls={listId}
        aria-activedescendant={matches.length > 0 ? `${listId}-${active}` : undefined}
        onChange={(event) => {
          setValue(event.target.value);
          setCaret(event.target.selectionStart);
          setActive(0);
          setDismissed(null);
        }}
        onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
        onKeyDown={(event) => {
          if (matches.length === 0) return;
          if (event.key === "ArrowDown" || event.key === "ArrowUp") {
            event.preventDefault();
            setActive((active + (event.key === "ArrowDown" ? 1 : matches.length - 1)) % matches.length);
          } else if (event.key === "Enter" || event.key === "Tab") {
            event.preventDefault();
            choose(matches[active] ?? matches[0]!);
          } else if (event.key === "Escape") {
            event.preventDefault();
            setDismissed(caret);
          }
        }}
      />
      {matches.length > 0 && (
        <ul id={listId} role="listbox" className="absolute start-0 z-20 mt-1 w-72 rounded border border-stone-300 bg-white shadow-lg">
          {matches.map((person, i) => (
            <li
              key={person.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={`cursor-pointer px-3 py-1.5 ${i === active ? "bg-stone-200" : ""}`}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(person);
              }}
            >
              <bdi>{person.name}</bdi>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
