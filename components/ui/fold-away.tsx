"use client";

import { useState, type ReactNode } from "react";

/**
 * What a phone folds away behind a button (the desk's menu, a list's
 * filters) and a wider screen always shows. One copy of the content, shown
 * or hidden by CSS below the `md` width, so nothing is rendered twice.
 */
export function FoldAway({
  id,
  label,
  buttonClassName,
  className,
  children,
}: {
  id: string;
  label: ReactNode;
  buttonClassName?: string;
  className?: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)} className={`md:hidden ${buttonClassName ?? ""}`}>
        {label}
      </button>
      <div id={id} className={`${open ? "" : "max-md:hidden"} ${className ?? ""}`}>
        {children}
      </div>
    </>
  );
}
