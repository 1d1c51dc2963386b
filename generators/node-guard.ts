// Imported first by each generator: on an unsupported Node this module stops the load with one line,
// before yeoman-generator and its dependencies run (execa crashes on Node 20 with an unrelated error).
import { unsupportedNode } from "../src/node-version.js";

const problem = unsupportedNode("generator-multiregion", process.versions.node);
if (problem) throw new Error(problem);
