// All the wrapper takes from yeoman-environment. Imported statically here, and this file dynamically
// by cli.ts, so that the bundle keeps what createEnv needs: importing the package's namespace would
// keep every export, command-line helpers included.
export { createEnv } from "yeoman-environment";
