import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthShell } from "@/components/auth/auth-shell";
import { safeCallbackPath } from "@/lib/auth/safe-redirect";
import { currentUser } from "@/server/session";
import { LoginForm } from "./login-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("login");
  return { title: t("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { callbackUrl, passwordSet, email } = await searchParams;
  const target = safeCallbackPath(callbackUrl);
  if (await currentUser()) redirect(target);
  const t = await getTranslations("login");
  return (
    <AuthShell>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-stone-600">{t("intro")}</p>
      {passwordSet === "1" && (
        <p role="status" className="mt-4 rounded border-s-4 border-emerald-600 bg-emerald-50 px-3 py-2 text-emerald-900">
          {t("passwordSet")}
        </p>
      )}
      <LoginForm callbackUrl={target} email={typeof email === "string" ? email.slice(0, 320) : undefined} />
    </AuthShell>
  );
}
