// The emulator as the Node server mounts it: a Graph v1.0 router and a control router over one
// engine (one SQLite file).
import { EmulatorEngine } from './engine';
import { createControlRouter, createGraphRouter } from './http-router';
import type { FaultConfig, GraphEmulator, GraphEmulatorOptions } from './types';

export function createGraphEmulator(options: GraphEmulatorOptions): GraphEmulator {
  if (options.listViewThreshold !== undefined && !(Number.isInteger(options.listViewThreshold) && options.listViewThreshold >= 1)) {
    throw new RangeError(`listViewThreshold must be a whole number of at least 1; got ${options.listViewThreshold}`);
  }
  const engine = new EmulatorEngine({ dbFile: options.dbFile, listViewThreshold: options.listViewThreshold, faults: options.faults, listPermissions: options.listPermissions });
  const getEngine = (): EmulatorEngine => engine;
  return {
    router: createGraphRouter(getEngine, options),
    controlRouter: createControlRouter(getEngine, options),
    setFaults: (faults: FaultConfig) => engine.faults.set(faults),
    getFaults: () => engine.faults.get(),
    expireDeltaTokens: () => engine.expireDeltaTokens(),
    close: () => engine.close(),
  };
}
