/**
 * The game day (`npm run drill -- <region>`): starts the region's AWS FIS experiment, watches the
 * public name as a user would (DNS answer and HTTPS response, who answered), publishes what it sees
 * for the experiment's stop-condition alarm, and reports the measured time to recover beside the
 * estimate. Everything that talks to AWS or the network comes in through DrillEnvironment, so the
 * logic is tested with stubs. No imports.
 */

/** One request as a user makes it. */
export interface Probe {
  ok: boolean;
  /** The region that answered, from the health response's "region" field, when it has one. */
  region?: string;
  /** What DNS answered for the name. */
  addresses: string[];
  /** HTTP status, or the error that stopped the request. */
  detail: string;
}

export interface DrillEnvironment {
  /** Runs the AWS CLI with these arguments; resolves its standard output, rejects with its error. */
  aws(args: string[]): Promise<string>;
  /** One fresh request to the URL: a new DNS lookup and a new connection. */
  probe(url: string): Promise<Probe>;
  /** Milliseconds, from any origin. */
  now(): number;
  sleep(ms: number): Promise<void>;
  log(line: string): void;
}

export interface DrillOptions {
  /** The region whose app tier the experiment cuts off. */
  region: string;
  stack: string;
  /** The public health URL, e.g. "https://api.example.com/health". */
  url: string;
  experimentTemplateId: string;
  /** The metric the region's users-affected alarm watches (stack output gameDay.metric). */
  metric: { namespace: string; metricName: string; dimensions: Record<string, string> };
  /** Seconds users take to leave a failed region, as `npm run cost` estimates it. */
  estimate: { min: number; max: number };
  /** Seconds between probes. Default: 5. */
  intervalSeconds?: number;
  /** Consecutive answered probes that count as steady. Default: 3. */
  steadyProbes?: number;
  /** Give up watching this many minutes after the start. Default: 30. */
  maxMinutes?: number;
  /** Aborting stops the experiment (Ctrl-C). */
  signal?: AbortSignal;
}

export interface DrillResult {
  /** 0: recovered within the estimate (or users saw nothing); 1: over it, or the experiment did not complete. */
  exitCode: number;
  experimentId?: string;
  status: string;
  /** Seconds from the start to the first failed request, when there was one. */
  firstFailure?: number;
  /** Seconds from the start to the first answer from another region after failures. */
  recovered?: number;
  /** Seconds users saw failures. */
  outage: number;
  lines: string[];
}

const seconds = (ms: number) => Math.round(ms / 1000);
const clock = (ms: number) => `${String(Math.floor(ms / 60000)).padStart(2, "0")}:${String(Math.floor(ms / 1000) % 60).padStart(2, "0")}`;

export async function runDrill(options: DrillOptions, env: DrillEnvironment): Promise<DrillResult> {
  const interval = (options.intervalSeconds ?? 5) * 1000;
  const steady = options.steadyProbes ?? 3;
  const r = options.region;
  const publish = (value: 0 | 1) => env.aws([
    "cloudwatch", "put-metric-data", "--region", r, "--namespace", options.metric.namespace, "--metric-name", options.metric.metricName,
    "--dimensions", Object.entries(options.metric.dimensions).map(([key, v]) => `${key}=${v}`).join(","), "--value", String(value),
  ]);
  const lines: string[] = [];
  const say = (line: string) => {
    lines.push(line);
    env.log(line);
  };

  // Before anything is cut: users must be answered, and the alarm must see that (else FIS refuses to run).
  const baseline: Probe[] = [];
  let last: Probe | undefined;
  for (let i = 0; i < steady * 3 && baseline.length < steady; i++) {
    last = await env.probe(options.url);
    await publish(last.ok ? 0 : 1);
    if (last.ok) baseline.push(last);
    else baseline.length = 0;
    await env.sleep(interval);
  }
  if (baseline.length < steady) {
    throw new Error(`${options.url} does not answer steadily before the drill (last: ${last?.detail ?? "no answer"}): fix that first`);
  }
  const servedBy = [...new Set(baseline.map((p) => p.region ?? "unknown"))];
  say(`Before: ${options.url} answers from ${servedBy.join(", ")} (DNS: ${baseline.at(-1)!.addresses.join(", ") || "no addresses"})`);
  if (!servedBy.includes(r)) {
    say(`warning: this machine is served by ${servedBy.join(", ")}, not ${r}: it will see little of the outage. Run the drill from where DNS sends users to ${r}.`);
  }

  const experimentId = (await env.aws(["fis", "start-experiment", "--region", r, "--experiment-template-id", options.experimentTemplateId,
    "--query", "experiment.id", "--output", "text"])).trim();
  const start = env.now();
  say(`${clock(0)}  experiment ${experimentId} started: ${r}'s app subnets are cut off`);

  let status = "running";
  let firstFailure: number | undefined;
  let recovered: number | undefined;
  let ended: number | undefined;
  let back: number | undefined;
  let outage = 0;
  let answeredInARow = 0;
  let aborted = false;
  const onAbort = () => {
    aborted = true;
  };
  options.signal?.addEventListener("abort", onAbort);
  try {
    for (let probes = 0; ; probes++) {
      if (aborted) {
        await env.aws(["fis", "stop-experiment", "--region", r, "--id", experimentId]);
        status = "stopped (aborted)";
        say(`${clock(env.now() - start)}  aborted: experiment stopped`);
        break;
      }
      const at = env.now() - start;
      const probe = await env.probe(options.url);
      await publish(probe.ok ? 0 : 1);
      if (!probe.ok) {
        outage += interval;
        answeredInARow = 0;
        if (firstFailure === undefined) {
          firstFailure = at;
          say(`${clock(at)}  first failed request: ${probe.detail}`);
        }
      } else {
        answeredInARow += 1;
        if (firstFailure !== undefined && recovered === undefined && probe.region !== r) {
          recovered = at;
          say(`${clock(at)}  answered by ${probe.region ?? "another region"} (DNS: ${probe.addresses.join(", ")})`);
        }
        if (ended !== undefined && back === undefined && probe.region === r) {
          back = at;
          say(`${clock(at)}  ${r} answers again`);
        }
      }
      if (ended === undefined && probes % 3 === 0) {
        status = (await env.aws(["fis", "get-experiment", "--region", r, "--id", experimentId, "--query", "experiment.state.status", "--output", "text"])).trim();
        if (!["pending", "initiating", "running"].includes(status)) {
          ended = at;
          say(`${clock(at)}  experiment ${status}`);
        }
      }
      const settled = answeredInARow >= steady && (back !== undefined || !servedBy.includes(r) || at - (ended ?? at) >= 5 * 60_000);
      if (ended !== undefined && settled) break;
      if (at >= (options.maxMinutes ?? 30) * 60_000) {
        say(`${clock(at)}  still watching after ${options.maxMinutes ?? 30} minutes: giving up`);
        break;
      }
      await env.sleep(interval);
    }
  } finally {
    options.signal?.removeEventListener("abort", onAbort);
  }

  const estimate = `${options.estimate.min}-${options.estimate.max} s`;
  let exitCode = status === "completed" ? 0 : 1;
  if (firstFailure === undefined) {
    say(`Users saw no failure: every request was answered (estimate for a region failure: ${estimate}).`);
  } else if (recovered === undefined) {
    say(`Users were not moved to another region: ${seconds(outage)} s of failures (estimate: ${estimate}).`);
    exitCode = 1;
  } else {
    const took = seconds(recovered);
    const within = took <= options.estimate.max;
    if (!within) exitCode = 1;
    say(`Time to recover: ${took} s from the cut to an answer from another region; users saw failures for ${seconds(outage)} s. ` +
      `Estimate (npm run cost): ${estimate}: ${within ? "within it" : "OVER it"}.`);
  }
  if (status !== "completed") say(`The experiment ended ${status}: see aws fis get-experiment --region ${r} --id ${experimentId}`);
  return { exitCode, experimentId, status, firstFailure: firstFailure === undefined ? undefined : seconds(firstFailure), recovered: recovered === undefined ? undefined : seconds(recovered), outage: seconds(outage), lines };
}
