import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import Generator from "yeoman-generator";
import { answersFromOptions } from "../../src/answers/flags.js";
import { answersToAsk, gatherAnswers, type Gathered } from "../../src/answers/gather.js";
import { questionsFor } from "../../src/answers/prompts.js";
import { withDefaults } from "../../src/answers/resolve.js";
import type { AnswerName, Answers } from "../../src/answers/spec.js";
import { AnswerError, validateAnswers, validateGiven, type AnswerSources } from "../../src/answers/validate.js";
import { answerWarnings } from "../../src/answers/warnings.js";
import { helpText } from "../../src/cli/help.js";
import { nextSteps } from "../../src/cli/next-steps.js";
import { cliOptions, unknownOptions } from "../../src/cli/options.js";
import { summaryLines } from "../../src/cli/summary.js";
import { packageRoot, packageVersion } from "../../src/package-root.js";
import { projectContext, type ProjectContext } from "../../src/project/context.js";
import { renderProject } from "../../src/project/render.js";
import { configKey, readAnswersFile, readYoRc, storedSection, type StoredConfig } from "../../src/project/state.js";

type Options = Record<string, unknown> & { help?: boolean; yes?: boolean; answers?: string; reconfigure?: boolean };

/** `yo multiregion`: options -> answers -> files. The logic lives in src/; this class orchestrates. */
export default class MultiregionGenerator extends Generator {
  declare options: Generator["options"] & Options;
  private readonly root = packageRoot();
  private stored?: StoredConfig;
  private previousCidrs: Record<string, string> = {};
  private gathered: Gathered = { known: {}, sources: {} };
  private toAsk: AnswerName[] = [];
  private warnings: string[] = [];
  private context!: ProjectContext;

  constructor(args: string[], options: Generator["options"]) {
    // Yeoman parses .yo-rc.json while it constructs: read it first, so a broken file gets a clear message.
    const yoRc = join(options.env?.cwd ?? process.cwd(), ".yo-rc.json");
    const stored = existsSync(yoRc) ? readYoRc(readFileSync(yoRc, "utf8"), yoRc) : undefined;
    super(args, options);
    this.stored = stored;
    this.argument("name", { type: String, required: false, description: "Project name (default: the folder's name)" });
    for (const option of cliOptions) {
      if (option.name === "help" || option.name === "skip-install") continue;
      this.option(option.name, { type: option.type === "boolean" ? Boolean : String, alias: option.alias, description: option.description });
    }
    this.sourceRoot(join(this.root, "templates"));
  }

  override help(): string {
    return helpText("yo multiregion [name] [options]");
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

    const file = this.options.answers ? this.#readAnswers(this.options.answers) : undefined;
    const flags = answersFromOptions(this.options);
    if (typeof this.options.name === "string") flags.name = this.options.name;
    this.gathered = gatherAnswers({ stored: this.stored?.answers, file: file?.answers, fileOrigin: this.options.answers, flags });
    this.previousCidrs = { ...file?.cidrBlocks, ...this.stored?.cidrBlocks };
    validateGiven(this.gathered.known, this.gathered.sources);
    this.toAsk = answersToAsk(this.gathered.known, {
      interactive: this.#interactive,
      yes: Boolean(this.options.yes),
      reconfigure: Boolean(this.options.reconfigure),
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
    this.warnings = answerWarnings(valid, { defaultedDomain: sources.domain === "default" });
    this.context = projectContext(valid, this.previousCidrs, packageVersion(this.root));
  }

  writing(): void {
    for (const file of renderProject(this.context, this.templatePath()).values()) {
      this.fs.write(this.destinationPath(file.path), file.content);
    }
    const yoRc = this.destinationPath(".yo-rc.json");
    const existing = this.fs.readJSON(yoRc, {}) as Record<string, unknown>;
    const section = storedSection(this.#answers(), this.context.cidrBlocks, this.context.generatorVersion);
    this.fs.writeJSON(yoRc, { ...existing, [configKey]: section });
  }

  async end(): Promise<void> {
    const steps = nextSteps(this.context, { installed: !this.options.skipInstall });
    for (const line of summaryLines(this.context, this.warnings, steps)) this.log(line);
    if (!this.options["skip-git"] && !this.options.skipGit) await this.#commitFirstVersion();
  }

  #answers(): Answers {
    const { generatorVersion: _version, plannedRegions: _planned, cidrBlocks: _cidrs, regionCatalog: _catalog, ...answers } = this.context;
    return answers;
  }

  #answerContext() {
    return { folderName: basename(this.destinationRoot()) };
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
    const entries = existsSync(root) ? readdirSync(root).filter((entry) => entry !== ".git") : [];
    if (entries.length > 0) {
      throw new AnswerError(
        `${root} is not empty (${entries.slice(0, 3).join(", ")}${entries.length > 3 ? ", ..." : ""}) and is not a project generated by ${configKey}; allowed: an empty or new folder, or a generated project`,
      );
    }
  }

  /** Regeneration merges against a baseline: start the repository with a first commit. */
  async #commitFirstVersion(): Promise<void> {
    const inside = await this.spawn("git", ["rev-parse", "--is-inside-work-tree"], { reject: false, stdio: "pipe" });
    if (inside.exitCode === 0) return;
    const git = (...args: string[]) => this.spawn("git", args, { stdio: "pipe" });
    await git("init", "--quiet");
    await git("add", "--all");
    const identity = await this.spawn("git", ["config", "user.email"], { reject: false, stdio: "pipe" });
    const author = identity.exitCode === 0 ? [] : ["-c", "user.name=generator-multiregion", "-c", "user.email=generator-multiregion@localhost"];
    await git(...author, "commit", "--quiet", "-m", `Generate ${this.context.name} with ${configKey} ${this.context.generatorVersion}`);
    this.log(`Started a git repository with a first commit in ${this.destinationRoot()}`);
  }
}
