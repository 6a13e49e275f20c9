// The embedded Microsoft Graph lists emulator: SharePoint sites, lists, columns and items over
// Graph v1.0, kept in SQLite, with SharePoint's index rule, delta, $batch and switchable faults.
export { createGraphEmulator } from './create-graph-emulator';
export { startEmulatorServer, GRAPH_MOUNT, CONTROL_MOUNT } from './emulator-server';
export { DEFAULT_LIST_VIEW_THRESHOLD } from './engine';
export { ITEM_PAGE_DEFAULT, ITEM_PAGE_MAX } from './resources/items';
export { DELTA_PAGE_DEFAULT, DELTA_PAGE_MAX } from './resources/delta';
export { BATCH_MAX } from './resources/batch';
export type { EmulatorServer, EmulatorServerOptions, EmulatorUser, FaultConfig, GraphEmulator, GraphEmulatorOptions } from './types';
