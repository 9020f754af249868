import Link from "next/link";

export const STATUS_ACTION_CLASS = "mt-6 inline-block rounded bg-ink px-4 py-2 text-white";

/**
 * The body of a page that says something went another way: not found, not
 * allowed, failed, unavailable. `action` is a link (href) or whatever the
 * caller puts below (a retry button, a status line).
 */
export function StatusMessage({
  code,
  title,
  body,
  action,
  children,
}: {
  code?: string;
  title: string;
  body: string;
  action?: { href: string; label: string };
  children?: React.ReactNode;
}) {
  return (
    <div className="mx-auto max-w-xl px-6 py-16 text-center">
      {code && (
        <p className="text-6xl font-bold text-accent" aria-hidden>
          {code}
        </p>
      )}
      <h1 className={`${code ? "mt-4 " : ""}text-2xl font-bold`}>{title}</h1>
      <p className="mt-3 text-stone-600">{body}</p>
      {action && (
        <Link href={action.href} className={STATUS_ACTION_CLASS}>
          {action.label}
        </Link>
      )}
      {children}
    </div>
  );
}
