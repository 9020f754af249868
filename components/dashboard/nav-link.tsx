"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const pathname = usePathname();
  // The overview is current only on itself, not on every page below /dashboard.
  const current = href === "/" ? false : href === "/dashboard" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className="rounded px-3 py-2 hover:bg-white/10 aria-[current=page]:bg-white/15 aria-[current=page]:font-semibold"
    >
      {children}
    </Link>
  );
}
