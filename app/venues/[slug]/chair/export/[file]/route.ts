// Exports: /venues/<slug>/chair/export/{reviews,meta-reviews,decisions}.{csv,json}. Venue managers only; anyone
// else, and any other file name, gets the same 404 as a venue that does not exist.
import { currentViewer } from "@/lib/auth/session";
import { loadExport } from "@/lib/exports/loaders";

export async function GET(_req: Request, { params }: { params: Promise<{ slug: string; file: string }> }) {
  const { slug, file } = await params;
  const found = await loadExport(await currentViewer(), slug, file);
  if (!found) return new Response("Not found", { status: 404 });
  return new Response(found.body, {
    headers: {
      "content-type": found.contentType,
      "content-disposition": `attachment; filename="${found.filename}"`,
      "cache-control": "no-store",
    },
  });
}
