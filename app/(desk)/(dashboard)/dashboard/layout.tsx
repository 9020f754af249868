import { AppShell } from "@/components/dashboard/app-shell";
import { requireUser } from "@/server/session";

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return <AppShell user={user}>{children}</AppShell>;
}
