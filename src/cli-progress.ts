/**
 * The CLI's progress line on a terminal's stderr: which model of how many, what it is doing,
 * rows read, checks done, time so far and an estimate of the time left. Redrawn in place
 * (carriage return, erase line) on each engine event and every quarter second, never longer than
 * the terminal is wide, erased when the run ends. Log lines still reach the terminal, above it.
 * Only used when stderr is a TTY and not `--quiet` (src/cli.ts); names are escaped for the
 * terminal like every value the report prints.
 */
import type { ProgressEvent } from './engine/progress.js';
import { escapePlainText } from './report/escape.js';
import { truncate } from './report/width.js';

const ERASE = '\r\u001b[2K';
const REDRAW_MS = 250;

export class ProgressLine {
  private readonly started = performance.now();
  private modelStarted = this.started;
  private models = 0;
  private done = 0;
  private doneMs = 0;
  private current: { name: string; index: number } | null = null;
  private rows: { reference: number | null; current: number } | null = null;
  private checks: { done: number; of: number } | null = null;
  private readonly timer: NodeJS.Timeout;
  private shown = false;

  constructor(private readonly stream: NodeJS.WriteStream, private readonly mask: (text: string) => string) {
    this.timer = setInterval(() => this.draw(), REDRAW_MS);
    this.timer.unref();
  }

  handle(event: ProgressEvent): void {
    switch (event.kind) {
      case 'loaded':
        this.models = event.models;
        break;
      case 'model':
        this.current = { name: event.name, index: event.index };
        this.modelStarted = performance.now();
        this.rows = null;
        this.checks = null;
        break;
      case 'read':
        this.rows = event.rows;
        break;
      case 'check':
        this.checks = { done: event.done, of: event.checks };
        break;
      case 'model-done':
        this.done++;
        this.doneMs = performance.now() - this.started;
        break;
    }
    this.draw();
  }

  /** A log line, printed above the progress line. */
  log(line: string): void {
    this.stream.write(`${this.shown ? ERASE : ''}${line}`);
    this.shown = false;
    this.draw();
  }

  stop(): void {
    clearInterval(this.timer);
    if (this.shown) this.stream.write(ERASE);
    this.shown = false;
  }

  private draw(): void {
    if (this.current === null) return;
    const width = Math.max(20, (this.stream.columns ?? 80) - 1);
    this.stream.write(`${ERASE}${truncate(this.mask(this.text()), width)}`);
    this.shown = true;
  }

  /** `modelwatch: model 2 of 4 · adult-income-shifted · 32,561 + 16,281 rows · checks 3 of 5 · 4.2 s · about 9 s left` */
  text(): string {
    const now = performance.now();
    const parts = [`modelwatch: model ${this.current!.index + 1} of ${this.models}`, escapePlainText(this.current!.name)];
    if (this.rows === null) parts.push('reading its data');
    else parts.push(`${this.rows.reference === null ? '' : `${count(this.rows.reference)} + `}${count(this.rows.current)} rows`);
    if (this.checks !== null) parts.push(`checks ${this.checks.done} of ${this.checks.of}`);
    parts.push(seconds(now - this.started));
    if (this.done > 0 && this.done < this.models) {
      const perModel = this.doneMs / this.done;
      const left = perModel * (this.models - this.done) - (now - this.modelStarted);
      parts.push(`about ${seconds(Math.max(0, left))} left`);
    }
    return parts.join(' · ');
  }
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

function seconds(ms: number): string {
  return ms < 60_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}
