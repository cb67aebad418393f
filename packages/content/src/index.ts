export { ContentError, formatProblem } from "./problem.js";
export type { ContentProblem } from "./problem.js";
export { readSiteProfile } from "./site-profile.js";
export type { ReadResult } from "./site-profile.js";
