// The import form's fields (the file itself is read separately: zod sees only the text fields).
import { z } from "zod";

export const importFormSchema = z.object({
  venueId: z.string().min(1),
  kind: z.enum(["submissions", "reviewers"]),
  // An unticked checkbox sends nothing; a ticked one sends "on".
  skipBadRows: z.literal("on").optional().transform((v) => v === "on"),
});

export const publicationsFormSchema = z.object({
  venueId: z.string().min(1),
  skipBadRows: z.literal("on").optional().transform((v) => v === "on"),
});

export const scoresFormSchema = z.object({
  venueId: z.string().min(1),
  source: z.string().trim().toLowerCase().regex(/^[a-z0-9][a-z0-9._-]{0,39}$/, "Use lower-case letters, digits, . _ or - (at most 40), e.g. toronto or specter."),
  skipBadRows: z.literal("on").optional().transform((v) => v === "on"),
});
