/** A problem the user can fix (bad argument, missing path, broken config): one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
