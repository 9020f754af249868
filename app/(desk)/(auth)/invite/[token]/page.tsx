import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AuthShell } from "@/components/auth/auth-shell";
import { getDb } from "@/db";
import { inspectLink, linkRefusal } from "@/db/services/people";
import { pageRefusalText } from "@/server/i18n/refusal-page-text";
import { SetPasswordForm } from "./set-password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invite"))("title"), referrer: "no-referrer" };
}

/** Where a one-time link lands: set a password, or a plain account of why the link no longer works. */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [state, t, refusalText] = await Promise.all([inspectLink(getDb(), token), getTranslations("invite"), pageRefusalText()]);
  return (
    <AuthShell>
      {state.ok ? (
        <>
          <h1 className="text-2xl font-bold">{t.rich(state.purpose === "invite" ? "welcome" : "resetTitle", { name: () => <bdi>{state.name}</bdi> })}</h1>
          <p className="mt-2 text-stone-600">{t.rich("intro", { email: () => <bdi dir="ltr">{state.email}</bdi> })}</p>
          <SetPasswordForm token={token} email={state.email} />
        </>
      ) : (
        <>
          <h1 className="text-2xl font-bold">{t("refusedTitle")}</h1>
          <p role="alert" className="mt-4 rounded border-s-4 border-accent bg-accent-soft px-4 py-3 text-accent" data-testid="link-refused">
            {refusalText(linkRefusal(state.reason))}
          </p>
          <p className="mt-4">
            <Link href="/login" className="text-accent underline">
              {t("toLogin")}
            </Link>
          </p>
        </>
      )}
    </AuthShell>
  );
}
