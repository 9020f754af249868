import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PasswordForm, ProfileForm } from "@/components/dashboard/profile-forms";
import { requireUser } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("profile"))("title") };
}

/** Everyone's own name, UI language and password. */
export default async function ProfilePage() {
  const user = await requireUser();
  const t = await getTranslations("profile");
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-stone-600">
        <bdi dir="ltr">{user.email}</bdi>
      </p>
      <ProfileForm name={user.name} locale={user.locale} notifyByEmail={user.notifyByEmail} />
      <PasswordForm email={user.email} />
    </div>
  );
}
