// Documents as things of their own: identity, versions, and the sketch that recognises a new version.
export * from './document-identity';
export * from './document-sketch';
