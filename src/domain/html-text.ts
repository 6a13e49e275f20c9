// The words of an HTML body (a Teams message, an invite's agenda) as plain text for the matcher:
// comments and invisible elements out, a line break where a block ends, other tags out, entities
// decoded, spaces evened out and blank lines dropped.

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  euro: '€',
  eacute: 'é',
  euml: 'ë',
  iuml: 'ï',
  ouml: 'ö',
  uuml: 'ü',
  egrave: 'è',
  agrave: 'à',
  ccedil: 'ç',
};

/** entities by name or number; an unknown or impossible one stays as written */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const COMMENT = /<!--[\s\S]*?-->/g;
// what a head, style or script holds is never words someone wrote
const INVISIBLE = /<(head|style|script|title)\b[\s\S]*?<\/\1\s*>/gi;
const BLOCK_END = /<\/(?:p|div|li|tr|h[1-6]|table|ul|ol|blockquote|pre)\s*>|<br\s*\/?>/gi;
const TAG = /<[^>]*>/g;

export function htmlToText(html: string): string {
  const text = html.replace(COMMENT, '').replace(INVISIBLE, '').replace(BLOCK_END, '\n').replace(TAG, ' ');
  return decodeEntities(text)
    .replace(/[ \t\u00a0]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
