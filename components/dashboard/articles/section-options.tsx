/** The sections a story may go in, as `<option>`s named in the reader's language. */
export function SectionOptions({ sections }: { sections: { slug: string; name: string }[] }) {
  return sections.map((s) => (
    <option key={s.slug} value={s.slug} dir="auto" translate="no">
      {s.name}
    </option>
  ));
}
