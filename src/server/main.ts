// `npm start`: reads the configuration, starts the server, and stops it gracefully on SIGTERM or
// SIGINT. A configuration or start-up problem ends the process with exit code 1 and a message that
// says what to fix, without a stack trace.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { appVersion } from '../content/package-root';
import { ConfigError, loadConfig } from './config';
import { startServer, StartupError, type RunningServer } from './create-server';
import { loadMetricsConfig } from './metrics/metrics-config';
import { loadReminderConfig } from './reminders/reminder-config';
import { contentRefreshMinutes as readContentRefreshMinutes } from './server-content';
import { createLogger, errorFields } from './request-log';

const log = createLogger();

/** `.env` in the working folder, when there is one; variables already set win */
function loadDotEnv(): void {
  const file = resolve('.env');
  if (existsSync(file)) process.loadEnvFile(file);
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function stopOnSignals(server: RunningServer): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      log.warn('second signal: stopping at once', { signal });
      process.exit(1);
    }
    stopping = true;
    log.info('shutting down', { signal });
    server.close().then(
      () => {
        log.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        log.error('shutdown failed', errorFields(error));
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

async function main(): Promise<void> {
  try {
    loadDotEnv();
  } catch (error) {
    fail(`Cannot read .env: ${error instanceof Error ? error.message : String(error)}`);
  }
  let config;
  let metrics;
  let reminders;
  let contentRefreshMinutes;
  try {
    config = loadConfig(process.env, { appVersion: appVersion() });
    metrics = loadMetricsConfig(process.env, config);
    reminders = loadReminderConfig(process.env, config);
    contentRefreshMinutes = readContentRefreshMinutes(process.env, config.mode);
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  let server: RunningServer;
  try {
    server = await startServer({ config, metrics, reminders, contentRefreshMinutes });
  } catch (error) {
    if (error instanceof StartupError) fail(`Circular Choices cannot start: ${error.message}`);
    throw error;
  }
  stopOnSignals(server);
  log.info('Circular Choices is listening', {
    url: config.publicUrl ?? server.url,
    ...(config.publicUrl ? { listeningOn: server.url } : {}),
    mode: config.mode,
    version: config.appVersion,
  });
}

process.on('uncaughtException', (error) => {
  log.error('uncaught exception', errorFields(error));
  process.exit(1);
});
process.on('unhandledRejection', (reason) => {
  log.error('unhandled rejection', errorFields(reason));
  process.exit(1);
});

void main();
