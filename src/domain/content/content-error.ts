// A problem in a content pack, and how it is told: apart from the validator, so that code that only
// reports problems does not load the YAML parser and the schemas.

export interface ContentError {
  file: string;
  /** where in the document, e.g. `items[2].text.en`; empty for the whole file */
  path: string;
  /** 1-based; 0 when the file itself is missing */
  line: number;
  message: string;
}

export function formatContentError(error: ContentError): string {
  const where = error.line > 0 ? `${error.file}:${error.line}` : error.file;
  return error.path ? `${where}: ${error.path}: ${error.message}` : `${where}: ${error.message}`;
}
