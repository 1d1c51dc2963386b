import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, tempDir, treeOf } from "./run-cli.js";

const twelveRegions = "us-east-1,us-east-2,us-west-1,us-west-2,eu-west-1,eu-west-2,eu-west-3,eu-central-1,eu-north-1,ap-south-1,ap-southeast-1,ap-southeast-2";

/** [what is wrong, arguments, what the one line must say, optional setup of the target folder or files] */
type Case = [string, string[], RegExp, ((dir: string, work: string) => void)?];

const answersFile = (content: string) => (_dir: string, work: string) => writeFileSync(join(work, "answers.json"), content);

const cases: Case[] = [
  ["an unknown region", ["--regions", "us-east-1,mars-1", "--yes"], /regions "us-east-1,mars-1" \(from --regions\): "mars-1" is not an AWS commercial region.*allowed: 2 to 11/],
  ["a duplicate region", ["--regions", "us-east-1,us-east-1", "--yes"], /regions "us-east-1,us-east-1".*lists a region twice; allowed/],
  ["a single region", ["--regions", "us-east-1", "--yes"], /regions "us-east-1".*needs at least 2 regions; allowed/],
  ["more than 11 regions", ["--regions", twelveRegions, "--yes"], /regions ".*ap-southeast-2".*at most 11 regions; allowed/],
  ["a primary outside the regions", ["--primary-region", "ap-south-1", "--yes"], /primaryRegion "ap-south-1" \(from --primary-region\).*allowed: one of the chosen regions/],
  ["an unknown routing policy", ["--routing", "round-robin", "--yes"], /routing "round-robin".*allowed: latency, geolocation, weighted, failover/],
  ["an unknown database", ["--database", "mysql", "--yes"], /database "mysql".*allowed: aurora-global, cockroachdb \(3 or more regions that CockroachDB Cloud offers\), aurora-dsql \(exactly 2 regions of one Aurora DSQL set: [^)]+\), none$/],
  ["CockroachDB with 2 regions", ["--database", "cockroachdb", "--yes"], /database "cockroachdb" \(from --database\): needs at least 3 regions.*2 chosen; allowed/],
  ["an unknown DNS provider", ["--traffic", "bind9", "--yes"], /traffic "bind9".*allowed: route53, cloudflare/],
  ["an unknown object replication", ["--object-replication", "sometimes", "--yes"], /objectReplication "sometimes".*allowed: bidirectional, one-way, access-point \(regions that S3 Multi-Region Access Points serve\), none/],
  ["an unknown NAT mode", ["--nat-gateways", "none", "--yes"], /natGateways "none".*allowed: per-az, single/],
  ["a negative weight", ["--routing", "weighted", "--weights", "us-east-1=-5", "--yes"], /weights "us-east-1=-5".*at least 0; allowed: region=weight pairs/],
  ["a weight above 255", ["--routing", "weighted", "--weights", "us-east-1=300", "--yes"], /weights "us-east-1=300".*at most 255; allowed/],
  ["weights that are all zero", ["--routing", "weighted", "--weights", "us-east-1=0,eu-west-1=0", "--yes"], /weights "us-east-1=0,eu-west-1=0".*all 0.*allowed/],
  ["a weight for a region not chosen", ["--weights", "ap-south-1=10", "--yes"], /weights "ap-south-1=10".*names ap-south-1, not among the chosen regions/],
  ["a weight that is not a number", ["--routing", "weighted", "--weights", "us-east-1=heavy", "--yes"], /weights "us-east-1=heavy".*allowed: region=weight pairs/],
  ["an invalid domain", ["--domain", "not_a_domain", "--yes"], /domain "not_a_domain".*not a valid DNS name; allowed: a lower-case DNS name/],
  ["an invalid email", ["--alert-email", "ops@", "--yes"], /alertEmail "ops@".*not a valid email address; allowed/],
  ["an invalid project name", ["--name", "Bad Name!", "--yes"], /name "Bad Name!".*not a valid project name; allowed: 2-40 characters.*; for example --name bad-name$/],
  ["an invalid instance type", ["--instance-type", "huge", "--yes"], /instanceType "huge" \(from --instance-type\): is not an EC2 instance type \(<family>\.<size>\); allowed: <family>\.<size>: a family EC2 offers/],
  ["an instance size EC2 does not have", ["--instance-type", "t3.banana", "--yes"], /instanceType "t3\.banana" \(from --instance-type\): is not an EC2 instance type: no size "banana"; allowed: <family>\.<size>/],
  ["an instance family EC2 does not have", ["--instance-type", "q9.large", "--yes"], /instanceType "q9\.large" \(from --instance-type\): is not an EC2 instance type: no family "q9" \(known: a1, m1, .*\); allowed/],
  ["a minimum above the maximum", ["--min-size", "6", "--max-size", "3", "--yes"], /minSize 6.*is above maxSize \(3\); allowed/],
  ["a desired capacity outside min..max", ["--desired-capacity", "20", "--yes"], /desiredCapacity 20.*outside minSize..maxSize \(2..10\); allowed/],
  ["a size that is not a number", ["--min-size", "two", "--yes"], /minSize "two".*allowed: a whole number/],
  ["a negative size", ["--min-size", "-1", "--yes"], /^create-multiregion: minSize -1 \(from --min-size\): must be at least 1; allowed: a whole number from 1 to 100/],
  ["a value missing before the next option", ["--routing", "--yes"], /^create-multiregion: --routing: no value given \(--yes is the next option\); allowed: latency, geolocation, weighted, failover$/],
  ["a value missing at the end", ["--yes", "--routing"], /^create-multiregion: --routing: no value given; allowed: latency, geolocation, weighted, failover$/],
  ["a value given to a switch", ["--blue-green=false", "--yes"], /^create-multiregion: --blue-green=false: a switch takes no value; allowed: --blue-green or --no-blue-green$/],
  ["--no- before an option that takes a value", ["--no-routing", "--yes"], /^create-multiregion: unknown option --no-routing; allowed/],
  ["an invalid stack name", ["--stack", "my stack", "--yes"], /stack "my stack".*not a valid stack name; allowed/],
  ["an unreadable answers file", ["--answers", "missing.json"], /--answers missing.json: cannot be read \(ENOENT\); allowed: a readable JSON file/],
  ["an answers file that is not JSON", ["--answers", "answers.json"], /answers.json: not valid JSON.*allowed: a JSON object of answers/, answersFile("regions: [us-east-1]")],
  ["an answers file that is not an object", ["--answers", "answers.json"], /answers.json: expected a JSON object of answers; allowed/, answersFile('["us-east-1"]')],
  ["an answers file with an unknown key", ["--answers", "answers.json", "--yes"], /answers.json: unknown answer "colour"; allowed: name, regions/, answersFile('{"colour": "blue"}')],
  ["an answers file with a bad value", ["--answers", "answers.json", "--yes"], /blueGreen "yes" \(from answers.json\): must be true or false; allowed/, answersFile('{"blueGreen": "yes"}')],
  ["a corrupted .yo-rc.json", [], /\.yo-rc\.json: not valid JSON.*allowed/, (dir) => writeFileSync(join(dir, ".yo-rc.json"), '{"generator-multiregion": {')],
  ["a .yo-rc.json with a bad stored answer", [], /routing "sideways" \(from \.yo-rc\.json\)/, (dir) => writeFileSync(join(dir, ".yo-rc.json"), JSON.stringify({ "generator-multiregion": { routing: "sideways" } }))],
  ["a folder that holds something else", ["--yes"], /is not empty \(notes.txt\) and is not a project generated by generator-multiregion; allowed: an empty or new folder/, (dir) => writeFileSync(join(dir, "notes.txt"), "mine")],
  ["an unknown flag", ["--colour", "blue", "--yes"], /unknown option --colour; allowed: the options listed by --help/],
  ["a mistyped flag", ["--region", "us-east-1", "--yes"], /unknown option --region; allowed/],
  ["two target folders", ["a", "b"], /too many arguments \(a b\); allowed: one target folder/],
  ["missing answers and no terminal", [], /no terminal to ask for name, regions, primaryRegion.*allowed: --yes to take the defaults/],
  ["--reconfigure and no terminal", ["--reconfigure"], /^create-multiregion: --reconfigure: asks every question again, and there is no terminal to ask on; allowed: answer flags/, (dir) => writeFileSync(join(dir, ".yo-rc.json"), JSON.stringify({ "generator-multiregion": { name: "svc" } }))],
];

describe("bad input through the real CLI, with no terminal", () => {
  it.each(cases)("%s: one line, non-zero exit, nothing written", async (_what, args, message, setup) => {
    const work = tempDir();
    const target = join(work, "svc");
    if (setup) {
      mkdirSync(target);
      setup(target, work);
    }
    const before = existsSync(target) ? treeOf(target) : undefined;
    // Two target folders replace the default one.
    const positional = args.includes("a") ? [] : [target];
    const result = await runCli([...positional, ...args], { cwd: work });

    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^create-multiregion: /);
    expect(lines[0]).toMatch(message);
    expect(result.stdout).toBe("");
    if (before) expect(treeOf(target)).toEqual(before);
    else expect(existsSync(target)).toBe(false);
  });

  it("covers at least 25 kinds of bad input", () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });
});
