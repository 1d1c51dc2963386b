import "../node-guard.js";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import Generator from "yeoman-generator";
import { answersToAsk, gatherAnswers, type Gathered } from "../../src/answers/gather.js";
import { questionsFor } from "../../src/answers/prompts.js";
import { withDefaults } from "../../src/answers/resolve.js";
import type { AnswerContext, AnswerName, Answers } from "../../src/answers/spec.js";
import { AnswerError, validateAnswers, validateGiven, type AnswerSources } from "../../src/answers/validate.js";
import { deprecationWarning, keySpelling, migrationNotice } from "../../src/answers/renamed.js";
import { answerWarnings } from "../../src/answers/warnings.js";
import { helpText } from "../../src/cli/help.js";
import { nextSteps } from "../../src/cli/next-steps.js";
import { packageManagerFromAgent } from "../../src/cli/package-manager.js";
import { createdLines, folderForCd } from "../../src/cli/scaffold-report.js";
import { flagName } from "../../src/answers/flags.js";
import { cliOptions, invocationKey, readInvocation, unknownOptions, type Invocation, type RunOptionName } from "../../src/cli/options.js";
import { summaryLines } from "../../src/cli/summary.js";
import { packageRoot, packageVersion } from "../../src/package-root.js";
import { projectContext, type ProjectContext } from "../../src/project/context.js";
import { renderProject } from "../../src/project/render.js";
import { baselineCommands, fallbackIdentity, insideGitWorkTree } from "../../src/project/git.js";
import { configKey, generatedProjectAbove, readAnswersFile, storedConfigIn, storedSection, type StoredConfig } from "../../src/project/state.js";
import { templatesDir } from "../../src/project/templates-dir.js";
import { movedFiles } from "../../src/project/moves.js";
import { checkVerdict, driftLines, refuseUncheckable } from "../../src/regen/check.js";
import { unifiedDiffs } from "../../src/regen/diffs.js";
import { journalPath, onlyUncommittedStaging, pendingDir, projectReader, readJournal, type Journal } from "../../src/regen/journal.js";
import { keyMergeFor } from "../../src/regen/keyed-files.js";
import { basePath, stateDir } from "../../src/regen/manifest.js";
import { planRegeneration, type FileChange, type RegenPlan } from "../../src/regen/plan.js";
import { refusePrimaryRegionChange } from "../../src/regen/primary-region.js";
import { refuseLoadBalancerReplacement } from "../../src/regen/load-balancer-scheme.js";
import { conflictMessage, regenSummaryLines } from "../../src/regen/summary.js";
import { clearJournal, commitChanges, discardUncommitted, finishJournal } from "../../src/regen/transaction.js";
import { writePoint } from "../../src/regen/write-points.js";

/** Options as Yeoman parsed them (yo), or an Invocation read by the caller (create-multiregion, the region generator). */
type Options = Record<string, unknown> & { [invocationKey]?: Invocation };

/** Options Yeoman declares for every generator (or answers itself): not declared again. */
const declaredByYeoman = new Set((["help", "skipInstall", "version"] satisfies RunOptionName[]).map(flagName));

/** The run still wrote everything it could; it fails so nobody misses the conflicts it left. */
export class ConflictsLeft extends Error {
  override name = "ConflictsLeft";
}

/** `--check` found files a regeneration would change. */
export class OutOfSync extends Error {
  override name = "OutOfSync";
}

/** `yo multiregion`: options -> answers -> files. The logic lives in src/; this class orchestrates. */
export default class MultiregionGenerator extends Generator {
  declare options: Generator["options"] & Options;
  private readonly root = packageRoot();
  private stored?: StoredConfig;
  private previousCidrs: Record<string, string> = {};
  private gathered: Gathered = { known: {}, sources: {} };
  private toAsk: AnswerName[] = [];
  private warnings: string[] = [];
  /** The answers, validated: what .yo-rc.json stores (the template context holds more). */
  private answers!: Answers;
  private context!: ProjectContext;
  /** The command line, typed; read in _beforeQueue. */
  private invocation!: Invocation;
  private plan?: RegenPlan;
  private yoRc?: FileChange;
  /** The journal of an interrupted run: this run finishes it first. */
  private journal?: Journal;

  constructor(args: string[], options: Generator["options"]) {
    // Yeoman parses .yo-rc.json while it constructs: read it first, so a broken file gets a clear message.
    const root = options.env?.cwd ?? process.cwd();
    const journal = readJournal(root);
    const stored = storedConfigIn(root);
    // The install step is ours (install()): the project's package manager, and no lines of Yeoman's own.
    super(args, options, { customInstallTask: true });
    this.stored = stored;
    this.journal = journal;
    this.#quietTaskFailures();
    this.argument("name", { type: String, required: false, description: "Project name (default: the folder's name)" });
    for (const option of cliOptions) {
      if (declaredByYeoman.has(option.name)) continue;
      this.option(option.name, { type: option.type === "boolean" ? Boolean : String, alias: option.alias, description: option.description });
    }
    this.sourceRoot(templatesDir(this.root));
  }

  override help(): string {
    return helpText("yo multiregion [name] [options]");
  }

  /** Yeoman announces a failing task before its error; the error (printed by the caller) already says what happened, in one line. */
  #quietTaskFailures(): void {
    const log = this.log;
    const error = (...args: Parameters<typeof log.error>) => (String(args[0]).startsWith("An error occured while running ") ? log : log.error(...args));
    (this as { log: typeof log }).log = new Proxy(log, { get: (target, key, receiver) => (key === "error" ? error : Reflect.get(target, key, receiver)) });
  }

  /** Yeoman would name the app from package.json, which may hold conflict markers: the name is an answer here. */
  override determineAppname(): string {
    return basename(this.destinationRoot());
  }

  get #interactive(): boolean {
    const adapter = this.env.adapter as { actualAdapter?: { stdin?: { isTTY?: boolean } }; stdin?: { isTTY?: boolean } };
    const stdin = (adapter.actualAdapter ?? adapter).stdin;
    return stdin === undefined || Boolean(stdin.isTTY);
  }

  /** Every check that needs no answer from a person runs before the run loop: bad input writes nothing. */
  async _beforeQueue(): Promise<void> {
    const unknown = unknownOptions(this.options, ["name"]);
    if (unknown.length > 0) {
      throw new AnswerError(`unknown option ${unknown.map((key) => `--${key}`).join(", ")}; allowed: the options listed by --help`);
    }
    if (!this.stored) this.#requireEmptyDestination();
    this.invocation = this.options[invocationKey] ?? readInvocation(this.options);
    const { run } = this.invocation;
    if (run.check) refuseUncheckable(this.destinationRoot(), this.stored !== undefined, this.invocation);

    const file = run.answers ? this.#readAnswers(run.answers) : undefined;
    const notices = [...this.invocation.notices, ...(file?.renamed ?? []).map((renaming) => deprecationWarning(renaming, keySpelling, `${run.answers}: `))];
    for (const notice of notices) process.stderr.write(`${notice}\n`);
    this.gathered = gatherAnswers({ stored: this.stored?.answers, file: file?.answers, fileOrigin: run.answers, flags: this.invocation.answers, flagSpelled: this.invocation.spelled });
    this.previousCidrs = { ...file?.cidrBlocks, ...this.stored?.cidrBlocks };
    validateGiven(this.gathered.known, this.gathered.sources);
    this.toAsk = answersToAsk(this.gathered.known, {
      interactive: this.#interactive,
      yes: run.yes,
      reconfigure: run.reconfigure,
      regenerating: this.stored !== undefined,
    });
    if (this.toAsk.length === 0) this.#resolveAnswers({});
  }

  async prompting(): Promise<void> {
    if (this.toAsk.length === 0) return;
    const questions = questionsFor(this.toAsk, this.gathered.known, this.#answerContext());
    this.#resolveAnswers((await this.prompt(questions as never)) as Partial<Answers>);
  }

  /** Merges, defaults and validates the answers; builds what the templates see. */
  #resolveAnswers(prompted: Partial<Answers>): void {
    const { answers, defaulted } = withDefaults({ ...this.gathered.known, ...prompted }, this.#answerContext());
    const sources: AnswerSources = { ...this.gathered.sources };
    for (const name of Object.keys(prompted) as AnswerName[]) sources[name] = "prompt";
    for (const name of defaulted) sources[name] = "default";
    const valid = validateAnswers({ ...answers }, sources);
    refusePrimaryRegionChange(this.stored?.answers, valid, sources, this.invocation.run.replaceAurora);
    refuseLoadBalancerReplacement(this.stored?.answers, valid, sources, this.#base("src/load-balancer.ts"), this.invocation.run.replaceLoadBalancers);
    this.warnings = answerWarnings(valid, { defaultedDomain: sources.domain === "default" });
    this.answers = valid;
    this.context = projectContext(valid, this.previousCidrs, packageVersion(this.root));
  }

  /**
   * Renders in memory, decides every file against the user's copy and the base of the last
   * generation (src/regen), then writes the project files, .yo-rc.json and the new state all or
   * nothing (src/regen/transaction.ts), after finishing a run that was interrupted. Only what
   * changes is written; Yeoman's file system is not used, so it never asks.
   */
  async writing(): Promise<void> {
    // git runs while the project renders and merges.
    const uncommitted = this.stored && !this.#dryRun && !this.#check ? this.#uncommittedChanges() : Promise.resolve(0);
    const rendered = renderProject(this.context, this.templatePath());
    const read = projectReader(this.destinationRoot(), this.journal);
    const mergeByKey = await keyMergeFor(rendered, read);
    const plan = planRegeneration({ rendered, read, generatorVersion: this.context.generatorVersion, onConflict: this.invocation.run.onConflict, mergeByKey, movedFiles });
    const yoRc = this.#yoRcChange(read);
    this.plan = plan;
    this.yoRc = yoRc;
    if (this.#check) return;
    const migrated = (dryRun: boolean) => (this.stored?.renamed ?? []).forEach((renaming) => this.log(migrationNotice(renaming, { dryRun })));
    if (this.#dryRun) {
      migrated(true);
      if (this.journal) this.log(`An interrupted run left ${journalPath}: a run finishes it first, then makes the changes below`);
      // Diffs show what a regeneration changes; a new project is summed up in end().
      if (!this.#firstGeneration) process.stdout.write(unifiedDiffs([...plan.projectChanges, ...(yoRc ? [yoRc] : [])], read).join(""));
      return;
    }
    const changed = await uncommitted;
    if (changed > 0) {
      this.log(
        `warning: ${changed} uncommitted change${changed === 1 ? "" : "s"} in the git work tree; regeneration merges into your files, ` +
          "so commit first if you want git diff to show only what it changed",
      );
    }
    const root = this.destinationRoot();
    const keepJournal = this.#firstCommitOwed;
    if (this.journal) {
      finishJournal(root, this.journal, { keepJournal });
      this.log(`Finished the ${this.journal.kind === "first-generation" ? "first generation" : "regeneration"} an earlier run left half done (${this.journal.files.length} files)`);
    } else discardUncommitted(root);
    const changes = [...plan.projectChanges, ...(yoRc ? [yoRc] : []), ...plan.stateChanges];
    commitChanges(root, changes, { kind: this.#firstGeneration ? "first-generation" : "regeneration", keepJournal });
    migrated(false);
  }

  /** The project's dependencies, with its package manager, when package.json changed (not with --skip-install). */
  async install(): Promise<void> {
    if (this.#dryRun || this.invocation.run.skipInstall) return;
    if (!this.plan?.projectChanges.some((change) => change.path === "package.json")) return;
    // Not while it holds conflict markers.
    if (this.plan.conflicts.includes("package.json")) return;
    process.stdout.write(`Installing dependencies: ${this.context.pm.install}\n`);
    const [command = "npm", ...args] = this.context.pm.install.split(" ");
    await this.spawn(command, args, { stdio: "inherit", cwd: this.destinationRoot() });
  }

  async end(): Promise<void> {
    const plan = this.plan!;
    if (this.#check) return this.#reportCheck(plan);
    if (this.#firstGeneration) return this.#reportNewProject(plan);
    for (const line of summaryLines(this.context, this.warnings, [])) this.log(line);
    for (const line of regenSummaryLines(plan, { dryRun: this.#dryRun, generatorVersion: this.context.generatorVersion })) this.log(line);
    if (plan.conflicts.length > 0) {
      // A failing run drops queued log lines: let the summary out first.
      await (this.env.adapter as { onIdle?: () => Promise<void> }).onIdle?.();
      throw new ConflictsLeft(conflictMessage(plan.conflicts, { dryRun: this.#dryRun }));
    }
  }

  /** A new project: the first commit, then on stdout what was created, the summary and the next steps. */
  async #reportNewProject(plan: RegenPlan): Promise<void> {
    const committed = !this.#dryRun && this.#firstCommitOwed && (await this.#commitFirstVersion());
    if (!this.#dryRun) clearJournal(this.destinationRoot());
    const folder = folderForCd(process.cwd(), this.destinationRoot());
    const paths = [...plan.projectChanges.map((change) => change.path), ".yo-rc.json"];
    const steps = this.#dryRun ? [] : nextSteps(this.context, { installed: !this.invocation.run.skipInstall, folder });
    const lines = [
      ...createdLines(paths, { name: this.context.name, folder, dryRun: this.#dryRun, verbose: this.invocation.run.verbose }),
      ...(committed ? ["git: a new repository on branch main, with everything in a first commit"] : []),
      "",
      ...summaryLines(this.context, this.warnings, steps),
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
  }

  get #dryRun(): boolean {
    return this.invocation.run.dryRun;
  }

  get #check(): boolean {
    return this.invocation.run.check;
  }

  /** No stored answers yet, or a first generation that was interrupted and is finished by this run. */
  get #firstGeneration(): boolean {
    return !this.stored || this.journal?.kind === "first-generation";
  }

  /** A first generation starts a repository with a first commit, unless told not to or already inside one. */
  get #firstCommitOwed(): boolean {
    return this.#firstGeneration && !this.invocation.run.skipGit && !insideGitWorkTree(this.destinationRoot());
  }

  /** One line per file a regeneration would change, then the verdict; exit code 1 when any. */
  async #reportCheck(plan: RegenPlan): Promise<void> {
    const drift = driftLines({
      plan,
      yoRc: this.yoRc,
      storedVersion: this.stored?.generatorVersion,
      generatorVersion: this.context.generatorVersion,
      interrupted: this.journal !== undefined,
    });
    for (const line of drift) this.log(`  ${line}`);
    const verdict = checkVerdict(drift, this.context.generatorVersion, plan.decisions.length);
    if (drift.length === 0) {
      this.log(verdict);
      return;
    }
    // A failing run drops queued log lines: let them out first.
    await (this.env.adapter as { onIdle?: () => Promise<void> }).onIdle?.();
    throw new OutOfSync(verdict);
  }

  /** Our section of .yo-rc.json, written only when it changes (a repeat run writes nothing). */
  #yoRcChange(read: (path: string) => string | undefined): FileChange | undefined {
    const before = read(".yo-rc.json");
    const existing = before === undefined ? {} : (JSON.parse(before) as Record<string, unknown>);
    const section = storedSection(this.answers, this.context.cidrBlocks, this.context.generatorVersion);
    const content = `${JSON.stringify({ ...existing, [configKey]: section }, null, 2)}\n`;
    return content === before ? undefined : { path: ".yo-rc.json", content };
  }

  /** Files git sees as changed in the project (0 outside a repository): regeneration writes into them. */
  async #uncommittedChanges(): Promise<number> {
    const status = await this.spawn("git", ["status", "--porcelain", "--", "."], { reject: false, stdio: "pipe", cwd: this.destinationRoot() });
    return status.exitCode === 0 ? String(status.stdout ?? "").split("\n").filter((line) => line.trim() !== "").length : 0;
  }

  #answerContext(): AnswerContext {
    // The package manager that runs us chooses a new project's; a generated project keeps its own.
    const packageManager = this.stored ? undefined : packageManagerFromAgent(process.env.npm_config_user_agent);
    return { folderName: basename(this.destinationRoot()), packageManager };
  }

  /** What the last generation rendered of a project file (its copy in `.multiregion/base/`), if it kept one. */
  #base(path: string): string | undefined {
    const file = join(this.destinationRoot(), basePath(path));
    return existsSync(file) ? readFileSync(file, "utf8") : undefined;
  }

  #readAnswers(path: string): StoredConfig {
    // Relative to where the user ran the command, not to the target folder.
    const file = resolve(process.cwd(), path);
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (error) {
      throw new AnswerError(`--answers ${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"}); allowed: a readable JSON file`);
    }
    return readAnswersFile(text, path);
  }

  /** Rendering into someone else's files would lose them: only empty folders (a bare .git is fine). */
  #requireEmptyDestination(): void {
    const root = this.destinationRoot();
    // What a first generation staged before it was killed, without committing to it, changed nothing.
    const staging = onlyUncommittedStaging(root) ? [stateDir] : [];
    const project = generatedProjectAbove(root);
    if (project) {
      throw new AnswerError(`${root} is inside the project generated at ${project}; allowed: run it in ${project} to regenerate that project, or in a folder outside it`);
    }
    const entries = existsSync(root) ? readdirSync(root).filter((entry) => entry !== ".git" && !staging.includes(entry)) : [];
    if (entries.length > 0) {
      throw new AnswerError(
        `${root} is not empty (${entries.slice(0, 3).join(", ")}${entries.length > 3 ? ", ..." : ""}) and is not a project generated by ${configKey}; allowed: an empty or new folder, or a generated project`,
      );
    }
  }

  /** Regeneration merges against a baseline: start the repository with a first commit (false inside another). */
  async #commitFirstVersion(): Promise<boolean> {
    if (insideGitWorkTree(this.destinationRoot())) return false;
    const git = (...args: string[]) => this.spawn("git", args, { stdio: "pipe", reject: false });
    // The journal stays until this commit is made, and out of it.
    const [init, add, commit] = baselineCommands(`Generate ${this.context.name} with ${configKey} ${this.context.generatorVersion}`, pendingDir);
    await git(...init);
    await git(...add);
    // Without a configured identity git refuses to commit: use a neutral one rather than leave no baseline.
    if ((await git(...commit)).exitCode !== 0) await this.spawn("git", [...fallbackIdentity, ...commit], { stdio: "pipe" });
    writePoint("the first commit");
    return true;
  }
}
