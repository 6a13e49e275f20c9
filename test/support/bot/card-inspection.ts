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

/** the data of the one "record" button of `targetId`, as it comes back without a choice made */
export function recordData(card: unknown, targetId: string): Record<string, unknown> {
  const data = cardTexts(card).executeData.find((d) => (d.itemId === targetId || d.actionId === targetId) && d.decision === undefined);
  if (!data) throw new Error(`no record button for ${targetId}`);
  return data;
}

/** what Teams sends when `decision` is chosen for `targetId` and its record button clicked: the button's data and the choice */
export function decideData(card: unknown, targetId: string, decision: string): Record<string, unknown> {
  return { ...recordData(card, targetId), [`decision-${targetId}`]: decision };
}

/** the values offered by the choice input `id` (e.g. `decision-{itemId}`) */
export function choiceValues(card: unknown, id: string): string[] {
  let values: string[] | undefined;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null || values) return;
    const o = node as { type?: unknown; id?: unknown; choices?: { value: string }[] };
    if (o.type === 'Input.ChoiceSet' && o.id === id) values = (o.choices ?? []).map((c) => c.value);
    else Object.values(o).forEach(walk);
  };
  walk(card);
  if (!values) throw new Error(`no choice ${id}`);
  return values;
}

/** all literal text of a card, joined, for "the card says …" assertions */
export const literalText = (card: unknown): string => cardTexts(card).literal.join('');
export const allText = (card: unknown): string => [...cardTexts(card).markdown, ...cardTexts(card).literal].join('\n');
