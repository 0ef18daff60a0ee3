"use server";
// Chair uploads: zod parse → permission against the database → import in one transaction.
import { revalidatePath } from "next/cache";
import { parseForm, type FormState } from "@/lib/actions/form-state";
import { asVenueManager } from "@/lib/venues/guard";
import { MAX_IMPORT_BYTES } from "./csv";
import { importCsv, importPublicationFiles, importScoreFile } from "./import-csv";
import { importFormSchema, publicationsFormSchema, scoresFormSchema } from "./schema";
import type { ImportReport } from "./types";

export interface ImportState extends FormState {
  report?: ImportReport;
}

function summary(r: ImportReport): string {
  if (r.fileError) return r.fileError;
  const bad = r.errors.length;
  if (!r.imported) return `Nothing was imported: ${bad} row${bad === 1 ? " has" : "s have"} errors. Fix them, or tick "skip bad rows" to import the others.`;
  if (r.detail) return `Imported ${r.kind} from ${r.fileName}: ${r.detail}, ${r.skipped} skipped.`;
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

const MAX_FILES = 2000;

export async function importPublicationsAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  const parsed = parseForm(publicationsFormSchema, formData);
  if (parsed.state) return parsed.state;
  const ctx = await asVenueManager(parsed.data.venueId);
  if ("refused" in ctx) return ctx.refused;
  const uploads = formData.getAll("files").filter((f): f is File => f instanceof File && f.size > 0);
  if (uploads.length === 0) return { ok: false, message: "Choose one or more .jsonl or .bib files.", fieldErrors: { files: ["Choose one or more files."] } };
  if (uploads.length > MAX_FILES) return { ok: false, message: `Upload at most ${MAX_FILES} files at once.` };
  const total = uploads.reduce((n, f) => n + f.size, 0);
  // One upload carries at most next.config.js's server-action body limit (6 MB); more goes in parts or by the CLI.
  if (total > MAX_IMPORT_BYTES) return { ok: false, message: `These files add up to more than ${MAX_IMPORT_BYTES / 1024 / 1024} MB: upload them in parts, or use npm run import -- publications.` };
  const files = await Promise.all(uploads.map(async (f) => ({ fileName: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
  const report = await importPublicationFiles({ venueId: parsed.data.venueId, actorId: ctx.viewer.id, files, skipBadRows: parsed.data.skipBadRows });
  if (report.imported) revalidatePath("/venues/[slug]/chair", "layout");
  return { ok: report.imported, message: summary(report), report };
}

export async function importScoresAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  const parsed = parseForm(scoresFormSchema, formData);
  if (parsed.state) return parsed.state;
  const ctx = await asVenueManager(parsed.data.venueId);
  if ("refused" in ctx) return ctx.refused;
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { ok: false, message: "Choose a CSV file to upload.", fieldErrors: { file: ["Choose a CSV file."] } };
  const report = await importScoreFile({ venueId: parsed.data.venueId, actorId: ctx.viewer.id, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()), sourceName: parsed.data.source, skipBadRows: parsed.data.skipBadRows });
  if (report.imported) revalidatePath("/venues/[slug]/chair", "layout");
  return { ok: report.imported, message: summary(report), report };
}
