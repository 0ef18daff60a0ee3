// A discussion post as the form sends it. Pure.
import { z } from "zod";

export const postInputSchema = z.object({
  slug: z.string().min(1).max(100),
  number: z.coerce.number().int().positive(),
  body: z.string({ error: "Write something to post." }).max(200_000),
});
