// The demo venue's content: people, submissions with theorems, built-in conflicts and demo logins.
export * from "./types";
export { authors } from "./authors";
export { areaChairs, programChair, seniorAreaChair } from "./chairs";
export { reviewers } from "./reviewers";
export { submissions } from "./submissions";
export { expectedConflicts, expectedNonConflicts } from "./conflicts";
export { CONFLICT_REFERENCE_YEAR, CONFLICT_WINDOW_YEARS, detectDemoConflicts } from "./detect";
export { DEMO_PASSWORD, demoLogins, type DemoLoginRole } from "./logins";
export { validateDemo } from "./validate";
