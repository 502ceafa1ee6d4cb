export { firstFit } from "./firstFit.js";
export { knuthPlass } from "./knuthPlass.js";
export * from "./types.js";
