// Public surface of the conflict-of-interest engine.
export { detectConflicts, DEFAULT_CONFLICT_OPTIONS } from "./detect";
export { registrableDomain, emailDomain, WEBMAIL_DOMAINS } from "./domains";
export { parseName, namesMatch, type ParsedName } from "./names";
export { normalizeInstitution } from "./institutions";
export type * from "./types";
