// The import form's fields (the file itself is read separately: zod sees only the text fields).
import { z } from "zod";

export const importFormSchema = z.object({
  venueId: z.string().min(1),
  kind: z.enum(["submissions", "reviewers"]),
  // An unticked checkbox sends nothing; a ticked one sends "on".
  skipBadRows: z.literal("on").optional().transform((v) => v === "on"),
});
