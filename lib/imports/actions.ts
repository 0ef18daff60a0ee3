"use server";
// Chair uploads: zod parse → permission against the database → import in one transaction.
import { revalidatePath } from "next/cache";
import { parseForm, type FormState } from "@/lib/actions/form-state";
import { asVenueManager } from "@/lib/venues/guard";
import { importCsv } from "./import-csv";
import { importFormSchema } from "./schema";
import type { ImportReport } from "./types";

export interface ImportState extends FormState {
  report?: ImportReport;
}

function summary(r: ImportReport): string {
  if (r.fileError) return r.fileError;
  const bad = r.errors.length;
  if (!r.imported) return `Nothing was imported: ${bad} row${bad === 1 ? " has" : "s have"} errors. Fix them, or tick "skip bad rows" to import the others.`;
  return `Imported ${r.kind} from ${r.fileName}: ${r.created} created, ${r.updated} updated, ${r.skipped} skipped.`;
}

export async function importAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  const parsed = parseForm(importFormSchema, formData);
  if (parsed.state) return parsed.state;
  const { venueId, kind, skipBadRows } = parsed.data;
  const ctx = await asVenueManager(venueId);
  if ("refused" in ctx) return ctx.refused;
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { ok: false, message: "Choose a CSV file to upload.", fieldErrors: { file: ["Choose a CSV file."] } };

  const report = await importCsv({ kind, venueId, actorId: ctx.viewer.id, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()), skipBadRows });
  if (report.imported) revalidatePath("/venues/[slug]/chair", "layout");
  return { ok: report.imported, message: summary(report), report };
}
