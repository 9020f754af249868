import type { SnippetPart } from "@/lib/search/snippet";

/** Words search matched, marked (<mark>) inside the text around them. */
export function MarkedText({ parts }: { parts: SnippetPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.match ? (
          <mark key={i} className="rounded-sm bg-amber-100 px-0.5 text-inherit">
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}

/** A story's passages that show why it matched, with an ellipsis between them. */
export function Excerpt({ fragments }: { fragments: SnippetPart[][] }) {
  return (
    <>
      {fragments.map((parts, i) => (
        <span key={i}>
          {i > 0 && " … "}
          <MarkedText parts={parts} />
        </span>
      ))}
    </>
  );
}
