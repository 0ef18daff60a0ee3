// One exact max-sum solve on a compiled problem (optionally reweighted or with frozen papers),
// with its optimality certificate, or the explanation of why it cannot be routed.
import { certifyFlow } from "./certificate";
import type { CompiledProblem } from "./compile";
import { explainCut } from "./explain-infeasible";
import { solveMinCostFlow, type FlowHooks } from "./min-cost-flow";
import { buildNetwork, mergeFrozen, type NetworkVariant } from "./network";
import type { OptimalityCertificate } from "./types";

export type MaxSumOutcome =
  | { feasible: true; x: Uint8Array; certificate: OptimalityCertificate; searches: number; augmentations: number }
  | { feasible: false; explanation: string; searches: number; augmentations: number };

export async function solveMaxSum(cp: CompiledProblem, variant: NetworkVariant = {}, hooks: FlowHooks = {}): Promise<MaxSumOutcome> {
  const net = buildNetwork(cp, variant);
  const flow = await solveMinCostFlow(net, hooks);
  const { searches, augmentations } = flow;
  if (!flow.feasible) return { feasible: false, explanation: explainCut(cp, net, flow, flow.reached), searches, augmentations };
  const certificate = certifyFlow(net, flow);
  const x = variant.frozenPaper && variant.frozenX ? mergeFrozen(cp, flow.x, variant.frozenPaper, variant.frozenX) : flow.x;
  return { feasible: true, x, certificate, searches, augmentations };
}
