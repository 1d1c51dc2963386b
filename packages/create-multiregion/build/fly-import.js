// Stands in for fly-import in the bundle. yeoman-environment uses it only to install generators from
// the registry at run time (installLocalGenerators, requireGenerator with a version), through
// @npmcli/arborist: create-multiregion runs its own bundled generators and never does that, and
// arborist cannot be bundled (it reads files beside its sources). Reaching it is an error that says so.
const unavailable = (what) => {
  throw new Error(`create-multiregion does not install ${what} at run time; use yo for other generators`);
};

export class FlyRepository {
  constructor(config) {
    this.repositoryPath = config.repositoryPath;
    this.arboristConfig = config.arboristConfig;
  }

  async load() {
    return unavailable("the generator repository");
  }

  async install(specifiers) {
    return unavailable([specifiers].flat().join(", "));
  }

  async import(specifier) {
    return unavailable(specifier);
  }

  async resolve(path) {
    return unavailable(path);
  }
}

export const flyImport = async (specifier) => unavailable(specifier);
export const flyInstall = async (specifier) => unavailable(specifier);
