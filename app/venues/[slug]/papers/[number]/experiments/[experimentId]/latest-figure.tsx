// The figure and comparison of the latest finished run at the declared settings, shown on the experiment page.
import { loadRun } from "@/lib/experiments/loaders";
import { RunFigure } from "./runs/[runId]/run-figure";

export async function LatestFigure({ slug, number, experimentId, runId }: { slug: string; number: number; experimentId: string; runId: string }) {
  const r = await loadRun(slug, String(number), experimentId, runId);
  return <RunFigure manifest={r.manifest} claimed={r.claimed} result={r.run.result} comparison={r.run.comparison} runId={runId} />;
}
