import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { answerSpecs } from "../../src/answers/spec.js";
import { tempDir, treeOf, wrapperBin } from "./run-cli.js";

/**
 * Runs create-multiregion on a real pseudo-terminal (util-linux `script`) and answers each question
 * with the keys given for it, or Enter (the default), as soon as the question appears.
 */
function runOnTerminal(args: string[], keys: Partial<Record<string, string>> = {}): Promise<{ code: number | null; screen: string }> {
  const command = [process.execPath, wrapperBin, ...args].map((part) => `'${part}'`).join(" ");
  const child = spawn("script", ["-qefc", command, "/dev/null"], { stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, TERM: "xterm" } });
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

describe("create-multiregion on a terminal", { timeout: 120_000 }, () => {
  it("asks every relevant question and takes Enter as the default", async () => {
    const target = join(tempDir(), "shop");
    const result = await runOnTerminal([target, "--skip-install", "--skip-git"]);
    expect(result.code, result.screen).toBe(0);
    for (const message of ["AWS regions to run in", "Global routing policy", "Database: Aurora Global", "Name of the first Pulumi stack"]) {
      expect(result.screen).toContain(message);
    }
    expect(result.screen).toContain("eu-west-1 (Europe, Ireland)");
    expect(result.screen).not.toContain("Traffic weight per region");
    const stored = JSON.parse(treeOf(target)[".yo-rc.json"]!)["generator-multiregion"];
    expect(stored).toMatchObject({ name: "shop", regions: ["us-east-1", "eu-west-1"], routing: "latency", stack: "dev" });
  });

  it("asks for weights once weighted routing is chosen", async () => {
    const target = join(tempDir(), "shop");
    // Down twice from latency: geolocation, weighted.
    const result = await runOnTerminal([target, "--skip-install", "--skip-git"], { routing: "\u001b[B\u001b[B" });
    expect(result.code, result.screen).toBe(0);
    expect(result.screen).toContain("Traffic weight per region");
    expect(JSON.parse(treeOf(target)[".yo-rc.json"]!)["generator-multiregion"]).toMatchObject({ routing: "weighted", weights: { "us-east-1": 100, "eu-west-1": 100 } });
  });
});
