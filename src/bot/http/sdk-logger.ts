// The Teams SDK logs through this: warnings and errors go to the bot's structured log, debug and
// trace (which would include whole activities, with message text) go nowhere.
import type { ILogger, ILoggerOptions, LogLevel } from '@microsoft/teams.common';

export type LogEntrySink = (entry: Record<string, unknown>) => void;

function describe(parts: unknown[]): string {
  return parts
    .map((p) => (p instanceof Error ? `${p.name}: ${p.message}` : typeof p === 'string' ? p : typeof p === 'number' || typeof p === 'boolean' ? String(p) : ''))
    .filter(Boolean)
    .join(' ')
    .slice(0, 500);
}

export class SdkLogger implements ILogger {
  loggerOptions?: ILoggerOptions = { level: 'warn' };

  constructor(
    private readonly sink: LogEntrySink,
    private readonly name = 'teams-sdk',
  ) {}

  debug(): void {}
  trace(): void {}
  info(...msg: unknown[]): void {
    this.write('info', msg);
  }
  warn(...msg: unknown[]): void {
    this.write('warn', msg);
  }
  error(...msg: unknown[]): void {
    this.write('error', msg);
  }
  log(level: LogLevel, ...msg: unknown[]): void {
    if (level === 'info' || level === 'warn' || level === 'error') this.write(level, msg);
  }
  child(name: string): ILogger {
    return new SdkLogger(this.sink, `${this.name}/${name}`);
  }

  private write(level: 'info' | 'warn' | 'error', msg: unknown[]): void {
    this.sink({ level, msg: describe(msg), logger: this.name });
  }
}
