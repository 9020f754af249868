import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { toActor, type Actor, type Role } from "@/lib/authz/roles";
import { fieldErrorsOf, type ErrorCode, type FieldErrors, type Refusal, type Result } from "@/lib/errors";
import { requireUser } from "@/server/session";

/**
 * What a form gets back from its action: on success what the server saved
 * (`data`), on refusal the code, a message per field and what the person
 * typed, so nothing they wrote is lost.
 */
export type ActionState<D = unknown> = {
  ok?: boolean;
  code?: ErrorCode;
  /** The refusal as a whole, for the form to translate (i18n/refusals). */
  refusal?: Refusal;
  fields?: FieldErrors;
  values?: Record<string, string>;
  data?: D;
};

/** Field names whose values are never sent back to the browser. */
const SECRET = /password|^current$|^next$|^confirm$|token/i;

/**
 * A form's fields as an object: text as text, files as files, and the
 * `was.<name>` companions of `changedOnly` fields compared away — a field
 * the person left as it was is not sent on, so saving one change never
 * rewrites another with what the page showed before.
 */
function readForm(formData: FormData, changedOnly: readonly string[] = []): Record<string, string | File> {
  const form: Record<string, string | File> = {};
  for (const [name, value] of formData) {
    if (!name.startsWith("was.") && !name.startsWith("$ACTION")) form[name] = value;
  }
  for (const name of changedOnly) {
    const was = formData.get(`was.${name}`);
    if (typeof was === "string" && form[name] === was) delete form[name];
  }
  return form;
}

function typedValues(form: Record<string, string | File>): Record<string, string> {
  return Object.fromEntries(Object.entries(form).filter((e): e is [string, string] => typeof e[1] === "string" && !SECRET.test(e[0])));
}

type FormSpec<S extends z.ZodType, D> = {
  /** Parses the form's fields; use z.coerce / preprocess for numbers, booleans and dates. */
  schema: S;
  /** Fields sent only when they differ from their hidden `was.<name>` value. */
  changedOnly?: readonly string[];
  /** Paths whose pages the success makes stale (`{ layout }`: everything under a layout). */
  revalidate?: (input: z.output<S>, data: D) => (string | { layout: string })[];
  /** Where the browser goes after a success (a new story's page, say). */
  redirectTo?: (data: D) => string;
};

type Spec<S extends z.ZodType, D> = FormSpec<S, D> & {
  /** The area the form belongs to: signed out → sign-in page, lacking it → 403 page. */
  role?: Role;
  /** The named permission (lib/authz/can.ts), when it is finer than the area. */
  allow?: (actor: Actor) => boolean;
  run: (input: z.output<S>, actor: Actor) => Promise<Result<D>>;
};

type PublicSpec<S extends z.ZodType, D> = FormSpec<S, D> & { run: (input: z.output<S>) => Promise<Result<D>> };

/** Parses the form, runs the service, marks the stale pages and answers the form: every action's second half. */
async function settle<S extends z.ZodType, D>(
  spec: FormSpec<S, D>,
  form: Record<string, string | File>,
  values: Record<string, string>,
  run: (input: z.output<S>) => Promise<Result<D>>,
): Promise<ActionState<D>> {
  const parsed = spec.schema.safeParse(form);
  if (!parsed.success) return { ok: false, code: "invalid", fields: fieldErrorsOf(parsed.error.issues), values };
  const result = await run(parsed.data);
  if (!result.ok) {
    const { code, reason, params, fields } = result;
    return { ok: false, code, refusal: params ? { reason, params } : { reason }, fields, values };
  }
  for (const path of spec.revalidate?.(parsed.data, result.data) ?? []) {
    if (typeof path === "string") revalidatePath(path);
    else revalidatePath(path.layout, "layout");
  }
  if (spec.redirectTo) redirect(spec.redirectTo(result.data));
  return { ok: true, data: result.data };
}

/**
 * The one way a Server Action is written. In order: the current user from
 * the database (requireUser) → the permission → the form parsed with zod →
 * the service → the pages made stale → a typed state for the form.
 */
export function defineAction<S extends z.ZodType, D>(spec: Spec<S, D>) {
  // Any earlier state is accepted: a form may type its state more loosely than what this action returns.
  return async (_previous: ActionState<unknown>, formData: FormData): Promise<ActionState<D>> => {
    const actor = toActor(await requireUser(spec.role ?? "reporter"));
    const form = readForm(formData, spec.changedOnly);
    const values = typedValues(form);
    if (spec.allow && !spec.allow(actor)) return { ok: false, code: "forbidden", values };
    return settle(spec, form, values, (input) => spec.run(input, actor));
  };
}

/**
 * The same for the few forms a signed-out visitor may send (signing in,
 * setting a password through a one-time link, the UI language): no user is
 * required, so the service itself decides who may do what.
 */
export function definePublicAction<S extends z.ZodType, D>(spec: PublicSpec<S, D>) {
  return async (_previous: ActionState<unknown>, formData: FormData): Promise<ActionState<D>> => {
    const form = readForm(formData, spec.changedOnly);
    return settle(spec, form, typedValues(form), spec.run);
  };
}
