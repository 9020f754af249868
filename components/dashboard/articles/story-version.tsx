"use client";

import { useTranslations } from "next-intl";
import { useStoryVersion } from "./unsaved-changes";

/** The story's version, following autosave without a page reload. */
export function StoryVersion({ rendered }: { rendered: number }) {
  const t = useTranslations("articles");
  return <span data-testid="story-version">{t("version", { version: useStoryVersion(rendered) })}</span>;
}
