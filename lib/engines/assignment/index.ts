// Public surface of the reviewer-assignment engine: plain data in, plain data out.
export { solveAssignment } from "./solve";
export { compileProblem, type CompiledProblem } from "./compile";
export { solveAssignmentWithHighs, loadHighs, type HighsGoal, type HighsOutcome } from "./highs-model";
export { generateInstance, seededRandom, type GeneratorOptions } from "./generate";
export { readMatcherInput, type MatcherFiles, type MatcherInput } from "./matcher-files";
export { FAIR_DEFAULTS } from "./fair";
export * from "./types";
