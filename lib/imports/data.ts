import "server-only";
import { db } from "@/lib/db/client";

const KIND_LABEL: Record<string, string> = { "import-submissions": "Submissions", "import-reviewers": "Reviewers", "import-publications": "Publications", "import-scores": "Affinity scores" };

/** The venue's latest imports, from the audit log (each import writes one entry in its transaction). */
export async function listRecentImports(venueId: string, take = 10) {
  const rows = await db.auditLog.findMany({
    where: { venueId, action: { in: Object.keys(KIND_LABEL) } },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, action: true, details: true, createdAt: true, actor: { select: { name: true } } },
  });
  return rows.map((r) => {
    const d = (r.details ?? {}) as { fileName?: string; created?: number; updated?: number; skipped?: number };
    return {
      id: String(r.id),
      kind: KIND_LABEL[r.action] ?? r.action,
      fileName: d.fileName ?? "",
      created: d.created ?? 0,
      updated: d.updated ?? 0,
      skipped: d.skipped ?? 0,
      at: r.createdAt,
      by: r.actor?.name ?? "—",
    };
  });
}

export function findVenueBySlug(slug: string) {
  return db.venue.findUnique({ where: { slug }, select: { id: true, name: true } });
}
