// A run's provenance as a JSON download, for the same people who may see the run.
import { NextResponse } from "next/server";
import { runForApi } from "@/lib/experiments/loaders";

export async function GET(_req: Request, { params }: { params: Promise<{ slug: string; number: string; experimentId: string; runId: string }> }) {
  const { slug, number, experimentId, runId } = await params;
  const found = await runForApi(slug, number, experimentId, runId);
  if (!found?.run.provenance) return NextResponse.json({ error: "Not found" }, { status: 404 });
  return new NextResponse(JSON.stringify(found.run.provenance, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="tangent-run-${runId}-provenance.json"`,
      "Cache-Control": "no-store",
    },
  });
}
