import { Field } from "@/components/ui/field";

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
    <Field id={name} label={label} invalid={invalid} compact smallLabel>
      {(control) => (
        <select {...control} name={name} defaultValue={value}>
          {any !== undefined && <option value="">{any}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
