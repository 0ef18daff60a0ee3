// Public surface of the reviewer-assignment engine: plain data in, plain data out.
// The file readers (matcher-files.ts, used by the CLI and tests) are imported directly: this surface stays free of node:fs.
export { solveAssignment } from "./solve";
export { compileProblem, type CompiledProblem } from "./compile";
export { solveAssignmentWithHighs, loadHighs, type HighsGoal, type HighsOutcome } from "./highs-model";
export { generateInstance, seededRandom, type GeneratorOptions } from "./generate";
export { FAIR_DEFAULTS } from "./fair";
export * from "./types";
