export * from './apply-or-explain';
export * from './record-labels';
