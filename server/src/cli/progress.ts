// A progress bar for long runs, on stderr, and only on a terminal: never in a file or a
// CI log (CI is set by every common CI service), and never on stdout, which may be the
// report itself.
interface TtyStream {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

const REDRAW_MS = 80;

export class Progress {
  private last = 0;
  private shown = false;

  constructor(
    private readonly stream: TtyStream,
    private readonly total: number,
    private readonly enabled: boolean,
  ) {}

  static forStderr(stream: TtyStream, total: number, env: NodeJS.ProcessEnv, wanted: boolean): Progress {
    const ci = env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0';
    return new Progress(stream, total, wanted && stream.isTTY === true && !ci && env.TERM !== 'dumb');
  }

  update(done: number): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (done < this.total && now - this.last < REDRAW_MS) return;
    this.last = now;
    const width = Math.max(10, Math.min(40, (this.stream.columns ?? 80) - 40));
    const ratio = this.total ? done / this.total : 1;
    const full = Math.round(width * ratio);
    const bar = '█'.repeat(full) + '░'.repeat(width - full);
    this.stream.write(`\r\x1b[2K${bar} ${Math.floor(ratio * 100)}% ${done}/${this.total} files`);
    this.shown = true;
  }

  /** Clears the bar so the next line starts clean. */
  end(): void {
    if (this.shown) this.stream.write('\r\x1b[2K');
    this.shown = false;
  }
}
