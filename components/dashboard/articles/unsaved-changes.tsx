"use client";

import { createContext, useCallback, useContext, useEffect, useState } from "react";

type StoryEditing = {
  dirty: boolean;
  setDirty: (dirty: boolean) => void;
  /** The story version the editor's last save produced (0 before any). */
  savedVersion: number;
  setSavedVersion: (version: number) => void;
  /** Saves what the editor holds now; the version reached, or null when it could not be saved. */
  flush: () => Promise<number | null>;
  setFlush: (flush: () => Promise<number | null>) => void;
};

const nothingToFlush = async () => null;

const UnsavedChanges = createContext<StoryEditing>({
  dirty: false,
  setDirty: () => {},
  savedVersion: 0,
  setSavedVersion: () => {},
  flush: nothingToFlush,
  setFlush: () => {},
});

/**
 * Knows whether the story form holds text that is not saved yet, so a
 * workflow step (which may make the story read-only) or leaving the page
 * does not silently drop it; and which version autosave has reached, so the
 * workflow and desk forms act on the story as it now is.
 */
export function UnsavedChangesProvider({ children }: { children: React.ReactNode }) {
  const [dirty, setDirty] = useState(false);
  const [savedVersion, setSavedVersion] = useState(0);
  const [flush, setFlushState] = useState<() => Promise<number | null>>(() => nothingToFlush);
  // A function held in state must be wrapped, or React would call it as an updater.
  const setFlush = useCallback((next: () => Promise<number | null>) => setFlushState(() => next), []);
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);
  return <UnsavedChanges.Provider value={{ dirty, setDirty, savedVersion, setSavedVersion, flush, setFlush }}>{children}</UnsavedChanges.Provider>;
}

export function useUnsavedChanges(): StoryEditing {
  return useContext(UnsavedChanges);
}

/** The newer of the version the page was rendered with and the one autosave reached. */
export function useStoryVersion(rendered: number): number {
  return Math.max(rendered, useContext(UnsavedChanges).savedVersion);
}
