// The live run view polls this: status, progress, queue position and the log's tail. 404 for anyone who may
// not see the run, exactly as for a run that does not exist.
import { NextResponse } from "next/server";
import { runForApi } from "@/lib/experiments/loaders";

const LOG_TAIL = 64 * 1024;

export async function GET(_req: Request, { params }: { params: Promise<{ slug: string; number: string; experimentId: string; runId: string }> }) {
  const { slug, number, experimentId, runId } = await params;
  const found = await runForApi(slug, number, experimentId, runId);
  if (!found) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const { run, position } = found;
  return NextResponse.json(
    { status: run.status, progress: run.progress, log: run.log.slice(-LOG_TAIL), error: run.error, position, verdict: run.verdict },
    { headers: { "Cache-Control": "no-store" } },
  );
}
