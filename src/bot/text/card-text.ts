// Text from people and from the content pack goes into cards as data, never as markup. Adaptive
// Card TextRuns are not read as Markdown, so `**x**` and `[x](javascript:…)` stay literal there;
// what is left to neutralise is control characters, bidirectional controls (an RLO can make
// `exe.pdf` read as `fdp.exe`, or flip the order of a decision and its reason) and the
// `{{DATE(…)}}` text functions that some hosts expand even inside runs. Thumbnail previews take
// HTML, so they get HTML escaping.

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and marks (LRM, RLM, ALM) */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** a string made safe to put in a TextRun, an input value or an action title */
export function plainCardText(text: string): string {
  return text.replace(CONTROL, '').replace(BIDI_CONTROL, '').replace(/\{\{/g, '{\u200B{').replace(/\}\}/g, '}\u200B}');
}

/** a string made safe for the HTML that thumbnail previews accept */
export function previewHtmlText(text: string): string {
  return plainCardText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** the first `max` characters of a text, cut at a word where it can be, with an ellipsis */
export function shortened(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
