// The slim part of a content pack that Home and the action pages need: meta, programme, actions and
// the product groups' labels. The pack loader (src/content/pack-loader.cjs) cuts it at build time;
// the app cuts it again from the whole content once that has loaded.
import type { ContentPack, PackMeta, ProductGroup, Programme, ProgrammeAction } from './model';

export interface ProgrammeContent {
  meta: PackMeta;
  programme: Programme;
  actions: ProgrammeAction[];
  productGroups: Pick<ProductGroup, 'id' | 'label'>[];
}

export function programmePart(pack: ContentPack): ProgrammeContent {
  return {
    meta: pack.meta,
    programme: pack.programme,
    actions: pack.actions,
    productGroups: pack.productGroups.map((group) => ({ id: group.id, label: group.label })),
  };
}
