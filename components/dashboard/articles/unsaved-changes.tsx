"use client";

import { createContext, useContext, useEffect, useState } from "react";

type StoryEditing = {
  dirty: boolean;
  setDirty: (dirty: boolean) => void;
  /** The story version the editor's last save produced (0 before any). */
  savedVersion: number;
  setSavedVersion: (version: number) => void;
};

const UnsavedChanges = createContext<StoryEditing>({ dirty: false, setDirty: () => {}, savedVersion: 0, setSavedVersion: () => {} });

/**
 * Knows whether the story form holds text that is not saved yet, so a
 * workflow step (which may make the story read-only) or leaving the page
 * does not silently drop it; and which version autosave has reached, so the
 * workflow and desk forms act on the story as it now is.
 */
export function UnsavedChangesProvider({ children }: { children: React.ReactNode }) {
  const [dirty, setDirty] = useState(false);
  const [savedVersion, setSavedVersion] = useState(0);
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);
  return <UnsavedChanges.Provider value={{ dirty, setDirty, savedVersion, setSavedVersion }}>{children}</UnsavedChanges.Provider>;
}

export function useUnsavedChanges(): StoryEditing {
  return useContext(UnsavedChanges);
}

/** The newer of the version the page was rendered with and the one autosave reached. */
export function useStoryVersion(rendered: number): number {
  return Math.max(rendered, useContext(UnsavedChanges).savedVersion);
}
