export * from './apply-or-explain';
export * from './record-labels';
export * from './record-link';
