// The content pack as webpack's pack loader (src/content/pack-loader.cjs) emits it.
declare module '*pack.yaml?pack' {
  const pack: import('../../domain/content/model').ContentPack;
  export default pack;
}

declare module '*pack.yaml?pack=programme' {
  const programme: import('../lib/services').ProgrammeContent;
  export default programme;
}

declare module '*pack.yaml?pack=no-type-model' {
  const pack: Omit<import('../../domain/content/model').ContentPack, 'documentTypeModel'>;
  export default pack;
}
