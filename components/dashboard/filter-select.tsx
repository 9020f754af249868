import { Field } from "@/components/ui/field";

/** One labelled filter of a GET form; an empty value means "any". */
export function FilterSelect({
  name,
  label,
  value,
  any,
  options,
  invalid,
  names,
}: {
  name: string;
  label: string;
  value: string;
  any?: string;
  options: { value: string; label: string }[];
  invalid?: boolean;
  /** The options are what people named (people, sections), written as they wrote them: isolated for bidi, never translated. */
  names?: boolean;
}) {
  return (
    <Field id={name} label={label} invalid={invalid} compact smallLabel>
      {(control) => (
        <select {...control} name={name} defaultValue={value}>
          {any !== undefined && <option value="">{any}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value} {...(names ? { dir: "auto", translate: "no" } : {})}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
