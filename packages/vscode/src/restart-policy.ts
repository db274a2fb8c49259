/**
 * When the language server stops unexpectedly, the client starts it again, at most `maxRestarts`
 * times within `windowMs`; after that it stays stopped and the user is told why (a server that
 * crashes on every start would otherwise loop forever). Pure: the clock is passed in.
 */
export class RestartPolicy {
  private crashes: number[] = [];

  constructor(
    readonly maxRestarts = 5,
    readonly windowMs = 3 * 60_000,
  ) {}

  /** Records a crash at `now` (ms); returns whether the server should be started again. */
  crashed(now: number): boolean {
    this.crashes = this.crashes.filter((t) => now - t < this.windowMs);
    this.crashes.push(now);
    return this.crashes.length <= this.maxRestarts;
  }

  /** Crashes counted in the window ending at `now`. */
  recent(now: number): number {
    return this.crashes.filter((t) => now - t < this.windowMs).length;
  }

  /** The user restarted the server: start counting again. */
  reset(): void {
    this.crashes = [];
  }

  /** The message shown when the server is left stopped. */
  giveUpMessage(): string {
    const minutes = Math.round(this.windowMs / 60_000);
    return `The dunlint language server stopped unexpectedly ${this.maxRestarts + 1} times in ${minutes} minutes, so it was not started again. Templates are not checked until it runs: see the "dunlint" output for what went wrong, then run "dunlint: Restart server".`;
  }
}
