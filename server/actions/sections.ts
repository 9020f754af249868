"use server";

import { z } from "zod";
import { getDb } from "@/db";
import { changeSection, createSection, deleteSection, moveSection } from "@/db/services/sections";
import { can } from "@/lib/authz/can";
import { newSectionSchema, sectionChangeSchema, sectionMoveSchema } from "@/lib/validation/sections";
import { defineAction, type ActionState } from "./define-action";

export type SectionFormState = ActionState;

const admin = { role: "admin", allow: can.manageSections, revalidate: () => ["/admin/sections"] } as const;
const id = z.uuid("section_not_found");
const { version: _version, ...change } = sectionChangeSchema.shape;

export const createSectionAction = defineAction({ ...admin, schema: newSectionSchema, run: (input, actor) => createSection(getDb(), actor, input) });

/** Names, address and visibility, each sent only when changed, against the version the page showed. */
export const changeSectionAction = defineAction({
  ...admin,
  changedOnly: ["slug", "nameAr", "nameEn", "hidden"],
  schema: z.preprocess(
    (form) => {
      // The box's empty companion input makes an unticked box send "" rather than nothing.
      const { hidden, ...rest } = form as Record<string, unknown>;
      return { ...rest, ...(hidden === undefined ? {} : { hidden: hidden === "on" }) };
    },
    z.object({ id, ...change, version: z.coerce.number().int().min(1) }),
  ),
  run: ({ id, ...input }, actor) => changeSection(getDb(), actor, id, input),
});

export const moveSectionAction = defineAction({
  ...admin,
  schema: z.object({ id, direction: sectionMoveSchema.shape.direction }),
  run: ({ id, direction }, actor) => moveSection(getDb(), actor, id, direction),
});

export const deleteSectionAction = defineAction({ ...admin, schema: z.object({ id }), run: ({ id }, actor) => deleteSection(getDb(), actor, id) });
