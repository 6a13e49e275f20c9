// What a person does in the tab, as steps the tests share.
import type { Frame, Page } from 'playwright-core';

export type Surface = Page | Frame;

export const ROAD_TENDER = [
  'Aanbesteding groot onderhoud wegen Soest 2027',
  'De gemeente Soest besteedt het groot onderhoud van asfaltverharding en elementenverharding in de wijk Overhees aan.',
  'CPV 45233140-2 (wegenwerken). Het bestek omvat het opnemen en opnieuw leggen van klinkers, het vervangen van trottoirtegels en het frezen en opnieuw aanbrengen van de deklaag.',
].join('\n');

/** pastes a draft on the check page and waits until its analysis is done */
export async function checkDraft(surface: Surface, text: string, title: string): Promise<void> {
  await surface.getByRole('textbox', { name: /Titel of bestandsnaam/ }).fill(title);
  await surface.getByRole('textbox', { name: /Tekst van het document/ }).fill(text);
  await surface.locator('[data-testid=analysis-status][data-status=ready]').waitFor();
  await surface.locator('[data-testid=matched-item]').first().waitFor();
}

/** the matched item cards, by item id, in the order shown */
export async function matchedItemIds(surface: Surface): Promise<string[]> {
  return surface.locator('[data-testid=matched-item]').evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.itemId ?? ''));
}

export function matchedItem(surface: Surface, itemId: string) {
  return surface.locator(`[data-testid=matched-item][data-item-id="${itemId}"]`);
}
