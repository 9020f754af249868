"use client";

import { createContext, useContext, useEffect, useState } from "react";

type Unsaved = { dirty: boolean; setDirty: (dirty: boolean) => void };

const UnsavedChanges = createContext<Unsaved>({ dirty: false, setDirty: () => {} });

/**
 * Knows whether the story form holds text that is not saved yet, so a
 * workflow step (which may make the story read-only) or leaving the page
 * does not silently drop it.
 */
export function UnsavedChangesProvider({ children }: { children: React.ReactNode }) {
  const [dirty, setDirty] = useState(false);
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);
  return <UnsavedChanges.Provider value={{ dirty, setDirty }}>{children}</UnsavedChanges.Provider>;
}

export function useUnsavedChanges(): Unsaved {
  return useContext(UnsavedChanges);
}
