// What the matcher tells about a text. Offsets are JavaScript string indices into the original
// text (UTF-16 code units), so a UI can highlight `text.slice(start, end)`.
import type { DocumentType, ProductGroupId } from '../taxonomy';

export interface Evidence {
  /** the matched text as it stands in the document */
  text: string;
  start: number;
  end: number;
  /**
   * what kind of trigger matched; 'learned': a word the learned document type weighed most (no trigger);
   * 'general': a genre's word in a text that speaks of the genre in general (document-types.yaml `generalCues`)
   */
  kind: 'word' | 'phrase' | 'cpv' | 'learned' | 'general';
}

export interface ProductGroupMatch {
  id: ProductGroupId;
  score: number;
  evidence: Evidence[];
}

export interface ChecklistItemMatch {
  id: string;
  checklistId: string;
  productGroup?: ProductGroupId;
  score: number;
}

export interface ActionMatch {
  id: string;
  score: number;
}

export interface MatchResult {
  documentType: DocumentType;
  /** evidence for the document type, for the "why" shown to people */
  documentTypeEvidence: Evidence[];
  productGroups: ProductGroupMatch[];
  checklistItems: ChecklistItemMatch[];
  actions: ActionMatch[];
  /**
   * set when the text held more compound work than one text may cost (see COMPOUND_BUDGET): its
   * later long words were matched whole, without looking for their parts
   */
  compoundsCutShort?: true;
}
