// Reading cards in tests: the texts a card shows, by how a host treats them (TextBlocks and fact
// values are Markdown; TextRuns are literal), and the URLs it opens.

export interface CardTexts {
  /** read as Markdown by hosts */
  markdown: string[];
  /** shown literally */
  literal: string[];
  urls: string[];
  /** Action.Execute data objects */
  executeData: Record<string, unknown>[];
}

export function cardTexts(card: unknown): CardTexts {
  const found: CardTexts = { markdown: [], literal: [], urls: [], executeData: [] };
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const o = node as Record<string, unknown>;
    if (o.type === 'TextBlock' && typeof o.text === 'string') found.markdown.push(o.text);
    if (o.type === 'TextRun' && typeof o.text === 'string') found.literal.push(o.text);
    if (o.type === 'FactSet' && Array.isArray(o.facts)) for (const f of o.facts as { title: string; value: string }[]) found.markdown.push(f.title, f.value);
    if (o.type === 'Action.OpenUrl' && typeof o.url === 'string') found.urls.push(o.url);
    if (o.type === 'Action.Execute' && typeof o.data === 'object' && o.data !== null) found.executeData.push(o.data as Record<string, unknown>);
    for (const [key, value] of Object.entries(o)) if (key !== 'data') walk(value);
  };
  walk(card);
  return found;
}

/** the data of the decision button for `decision` on `targetId` */
export function decideData(card: unknown, targetId: string, decision: string): Record<string, unknown> {
  const data = cardTexts(card).executeData.find((d) => (d.itemId === targetId || d.actionId === targetId) && d.decision === decision);
  if (!data) throw new Error(`no ${decision} button for ${targetId}`);
  return data;
}

/** the data of the one "record" button of `targetId` (cards with several criteria) */
export function recordData(card: unknown, targetId: string): Record<string, unknown> {
  const data = cardTexts(card).executeData.find((d) => d.itemId === targetId && d.decision === undefined);
  if (!data) throw new Error(`no record button for ${targetId}`);
  return data;
}

/** all literal text of a card, joined, for "the card says …" assertions */
export const literalText = (card: unknown): string => cardTexts(card).literal.join('');
export const allText = (card: unknown): string => [...cardTexts(card).markdown, ...cardTexts(card).literal].join('\n');
