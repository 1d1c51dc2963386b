import { spawn } from "node:child_process";
import { answerSpecs } from "../../src/answers/spec.js";
import { wrapperBin } from "./run-cli.js";

/**
 * Runs create-multiregion on a real pseudo-terminal (util-linux `script`) and answers each question
 * with the keys given for it, or Enter (the default), as soon as the question appears.
 */
export function runOnTerminal(args: string[], keys: Partial<Record<string, string>> = {}, options: { cwd?: string } = {}): Promise<{ code: number | null; screen: string }> {
  const command = [process.execPath, wrapperBin, ...args].map((part) => `'${part}'`).join(" ");
  const child = spawn("script", ["-qefc", command, "/dev/null"], { cwd: options.cwd, stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, TERM: "xterm" } });
  // The start of each question: long ones wrap at the terminal's width.
  const questions = Object.entries(answerSpecs).map(([name, spec]) => ({ name, message: spec.description.slice(0, 30) }));
  const answered = new Set<string>();
  let screen = "";
  child.stdout.on("data", (chunk: Buffer) => {
    screen += chunk.toString();
    for (const { name, message } of questions) {
      if (answered.has(name) || !screen.includes(message)) continue;
      answered.add(name);
      child.stdin.write(`${keys[name] ?? ""}\r`);
    }
  });
  // A question that never accepts its answer would wait forever: stop, and show the screen instead.
  const stuck = setTimeout(() => child.kill(), 90_000);
  return new Promise((done) => child.on("close", (code) => {
    clearTimeout(stuck);
    done({ code, screen });
  }));
}

