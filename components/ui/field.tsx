import type { ReactNode } from "react";

/** What a Field hands its control: spread it onto the input, select or textarea. */
export type FieldControl = { id: string; className: string; "aria-invalid": boolean; "aria-describedby"?: string };

type Props = {
  id: string;
  label: ReactNode;
  /** The field's message, in the reader's language; shown under the control as `<id>-error`, and it marks the control invalid. */
  error?: string;
  /** Marks the control invalid when its message is shown elsewhere (a form-level alert). */
  invalid?: boolean;
  /** A standing note under the control, as `<id>-hint`. */
  hint?: ReactNode;
  /** Ids of other elements that describe the control: a live count, a form-level alert. */
  describedBy?: string;
  /** Less padding: filter bars, the rows of a list, the side panels of a story. */
  compact?: boolean;
  /** As wide as its content (a date, a filter) rather than the whole column. */
  fit?: boolean;
  /** The smaller label of admin screens and compact forms. */
  smallLabel?: boolean;
  /** Classes for the field as a whole (its place in a grid). */
  className?: string;
  children: (control: FieldControl) => ReactNode;
};

/**
 * A labelled form control with its hint and its error message. The control
 * itself is the caller's (it knows the name, type, value and handlers);
 * the field gives it the id the label points at, its look, and the
 * aria-invalid / aria-describedby that tie it to the messages.
 */
export function Field({ id, label, error, invalid, hint, describedBy, compact = false, fit = false, smallLabel = false, className, children }: Props) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const described = [hint ? hintId : undefined, describedBy, error ? errorId : undefined].filter(Boolean).join(" ");
  const look = `mt-1 block ${fit ? "" : "w-full "}rounded border border-stone-300 bg-white ${compact ? "px-2 py-1" : "px-3 py-2"} aria-[invalid=true]:border-accent`;
  return (
    <div className={className}>
      <label id={`${id}-label`} htmlFor={id} className={smallLabel ? "text-sm font-semibold" : "font-semibold"}>
        {label}
      </label>
      {children({ id, className: look, "aria-invalid": invalid ?? Boolean(error), "aria-describedby": described || undefined })}
      {hint && (
        <p id={hintId} className="mt-1 text-sm text-stone-600">
          {hint}
        </p>
      )}
      <FieldError id={errorId} message={error} />
    </div>
  );
}

/** A field's message under its control, for controls a Field cannot wrap (the rich body editor). */
export function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={id} className="mt-1 text-sm text-accent">
      {message}
    </p>
  ) : null;
}
