import { getTranslations } from "next-intl/server";
import type { NoteView } from "@/db/services/article-notes";
import { NoteForm } from "./note-form";

export async function NotesThread({
  articleId,
  notes,
  staff,
  formatTime,
}: {
  articleId: string;
  notes: NoteView[];
  /** The active staff, whom a note may mention. */
  staff: { id: string; name: string }[];
  formatTime: (d: Date) => string;
}) {
  const t = await getTranslations("articles.notes");
  return (
    <section aria-labelledby="notes-heading" className="space-y-3">
      <h2 id="notes-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-stone-600">{t("private")}</p>
      {notes.length === 0 ? (
        <p className="text-stone-600">{t("empty")}</p>
      ) : (
        <ul className="space-y-2">
          {notes.map((note) => (
            <li key={note.id} className="rounded border border-stone-200 bg-white p-3">
              <p className="text-sm text-stone-600">
                <strong className="text-ink">
                  <bdi>{note.author.name}</bdi>
                </strong>{" "}
                · <time dateTime={note.createdAt.toISOString()}>{formatTime(note.createdAt)}</time>
              </p>
              <p dir="auto" className="mt-1 whitespace-pre-line">
                {note.body}
              </p>
            </li>
          ))}
        </ul>
      )}
      <NoteForm id={articleId} staff={staff} />
    </section>
  );
}
