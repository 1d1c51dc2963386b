import { execFile } from "node:child_process";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { promises as dns } from "node:dns";
import { runDrill, type DrillEnvironment, type Probe } from "./drill-run";
import { estimateFailover } from "./failover-model";
import { failoverShape, readEstimateInputs, readStackFile } from "./stack-shape";

/**
 * `npm run drill -- <region> [--stack <name>] [--yes]`: a game day against a deployed stack. It cuts
 * the region's app subnets off for the configured minutes with the region's AWS FIS experiment,
 * watches the public name like a user, and prints the time users took to reach another region beside
 * the estimate of `npm run cost`. Needs the AWS CLI and the Pulumi CLI, logged in to the stack.
 */
function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} ${args.slice(0, 2).join(" ")} failed: ${(stderr || error.message).trim()}`));
      else resolve(stdout);
    });
  });
}

/** A request with a fresh DNS lookup and no kept-alive connection, as a new user would make it. */
function probe(url: string): Promise<Probe> {
  const target = new URL(url);
  return dns.resolve4(target.hostname).catch(() => [] as string[]).then((addresses) => new Promise<Probe>((resolve) => {
    const send = target.protocol === "https:" ? httpsRequest : httpRequest;
    const request = send(target, { agent: false, timeout: 5000, headers: { "cache-control": "no-cache" } }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => {
        let region: string | undefined;
        try {
          region = (JSON.parse(body) as { region?: string }).region;
        } catch {
          // An application that does not say where it runs: the drill still sees failures.
        }
        resolve({ ok: response.statusCode === 200, region, addresses, detail: `HTTP ${response.statusCode}` });
      });
    });
    request.on("timeout", () => request.destroy(new Error("no answer in 5 s")));
    request.on("error", (error) => resolve({ ok: false, addresses, detail: error.message }));
    request.end();
  }));
}

async function main(argv: string[]): Promise<number> {
  const flag = (name: string) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : argv.find((arg) => arg.startsWith(`${name}=`))?.slice(name.length + 1);
  };
  const region = argv.find((arg, i) => !arg.startsWith("-") && argv[i - 1] !== "--stack");
  const file = readStackFile(process.cwd(), flag("--stack"));
  const { config } = readEstimateInputs(file);
  const regions = config.regions.map((r) => r.region);
  if (!region || !regions.includes(region)) {
    throw new Error(`region ${JSON.stringify(region ?? "")} is not one of the stack's; allowed: ${regions.join(", ")} (npm run drill -- <region>)`);
  }
  const outputs = JSON.parse(await run("pulumi", ["stack", "output", "--json", "--stack", file.stack])) as {
    url: string;
    gameDay: { metric: { namespace: string; metricName: string; dimensions: Record<string, string> }; experimentTemplates: Record<string, string> };
  };
  const templateId = outputs.gameDay?.experimentTemplates?.[region];
  if (!templateId) throw new Error(`stack ${file.stack} has no game-day experiment for ${region}: run pulumi up first`);
  if (!argv.includes("--yes")) {
    console.log(`This cuts ${region}'s app subnets in stack ${file.stack} off the network for ${config.gameDay.durationMinutes} minutes.`);
    console.log(`Run again with --yes to go ahead (Ctrl-C during the drill stops the experiment).`);
    return 1;
  }
  const traffic = estimateFailover(failoverShape(config)).traffic;
  const aborter = new AbortController();
  process.once("SIGINT", () => aborter.abort());
  const env: DrillEnvironment = {
    aws: (args) => run("aws", args),
    probe,
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    log: (line) => console.log(line),
  };
  const result = await runDrill({
    region,
    stack: file.stack,
    url: `${outputs.url}${config.healthCheck.path}`,
    experimentTemplateId: templateId,
    metric: outputs.gameDay.metric,
    estimate: traffic,
    signal: aborter.signal,
  }, env);
  return result.exitCode;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
}, (error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
