/** The look of a filter control, for text filters beside the selects. */
export const filterControl = "mt-1 block w-full rounded border border-stone-300 bg-white px-2 py-1 aria-[invalid=true]:border-accent";

/** One labelled filter of a GET form; an empty value means "any". */
export function FilterSelect({
  name,
  label,
  value,
  any,
  options,
  invalid,
}: {
  name: string;
  label: string;
  value: string;
  any?: string;
  options: { value: string; label: string }[];
  invalid?: boolean;
}) {
  return (
    <div>
      <label htmlFor={name} className="text-sm font-semibold">
        {label}
      </label>
      <select id={name} name={name} defaultValue={value} aria-invalid={invalid || undefined} className={filterControl}>
        {any !== undefined && <option value="">{any}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
