// A number as a person types it in their language: "1.234,5" in Dutch, "1,234.5" in English. The
// group separator may be left out; anything else is not a number (undefined), never a guess.
import type { Language } from '../../../../domain/taxonomy';

export function parseLocaleNumber(text: string, language: Language): number | undefined {
  const trimmed = text.trim().replace(/\s/g, '');
  const [group, decimal] = language === 'nl' ? ['.', ','] : [',', '.'];
  const escape = (c: string) => `\\${c}`;
  const grouped = new RegExp(`^-?\\d{1,3}(?:${escape(group)}\\d{3})+(?:${escape(decimal)}\\d+)?$`);
  const plain = new RegExp(`^-?\\d+(?:${escape(decimal)}\\d+)?$`);
  if (!grouped.test(trimmed) && !plain.test(trimmed)) return undefined;
  const value = Number(trimmed.split(group).join('').replace(decimal, '.'));
  return Number.isFinite(value) ? value : undefined;
}
