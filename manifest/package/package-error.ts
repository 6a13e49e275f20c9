/** the package cannot be built; each problem is one line a person can act on */
export class PackageError extends Error {
  override readonly name = 'PackageError';
  constructor(
    readonly problems: readonly string[],
    readonly heading = 'The app package was not built',
  ) {
    super(`${heading}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}
