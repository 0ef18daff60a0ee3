// Inputs of the chair's conflicts page: the list's search parameters, adding a conflict, lifting one.
import { z } from "zod";

export const PAGE_SIZE = 50;

/** ?q=…&status=active|lifted|all&page=2; anything malformed falls back to the default. */
export const conflictQuerySchema = z.object({
  q: z.string().trim().max(200).catch("").default(""),
  status: z.enum(["active", "lifted", "all"]).catch("active").default("active"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type ConflictQuery = z.output<typeof conflictQuerySchema>;

export const addConflictSchema = z.object({
  venueId: z.string().min(1),
  paper: z.coerce.number({ error: "Give the paper's number." }).int("Give the paper's number.").min(1, "Give the paper's number."),
  reviewer: z.string().trim().toLowerCase().pipe(z.email("Give the reviewer's email address.")),
  reason: z.string().trim().min(3, "Say why they are conflicted (at least 3 characters).").max(500, "Keep the reason under 500 characters."),
});
export type AddConflictInput = z.output<typeof addConflictSchema>;

export const liftConflictSchema = z.object({ venueId: z.string().min(1), conflictId: z.string().min(1).max(100) });
