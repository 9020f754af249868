import { AppShell } from "@/components/dashboard/app-shell";
import { requireUser } from "@/server/session";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser("admin");
  return <AppShell user={user}>{children}</AppShell>;
}
