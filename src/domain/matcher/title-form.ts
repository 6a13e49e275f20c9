// The form of a one-line title (issue 17, sixteenth pass). A procurement officer knows a one-line
// tender by its form even without a cue word: a short line with no verb that opens with the work or
// the supply as an action noun ("Onderhoud en schadeherstel aan OV-masten in de gemeente X", "Aankoop
// hersporingsmateriaal", "Groenonderhoud"), where a report's title opens with a report noun
// ("Evaluatie omgekeerd inzamelen", "Nota grondbeleid"). The nouns are the pack's `titleCues`; this
// module tells the form. A line with a finite verb is a sentence that tells something about its
// subject ("Vervanging van kunstgrasvelden heeft hoge prioriteit"), and a line that asks is a
// question: neither is a title.
import { fold, type Token } from './fold';
import type { TriggerEntry, TriggerTable } from './trigger-table';

/**
 * finite verbs that make a line a sentence: auxiliaries, modals and the commonest verbs of news
 * and notices in the third person, Dutch and English. The plurals of main verbs are left out, as
 * they are also infinitives, which a title uses as nouns ("Leveren en plaatsen van …"), and so are
 * forms that are also common nouns ("start", "staat", "was")
 */
const FINITE_VERBS = new Set(
  [
    'is wordt werd werden zijn worden heeft hebben had hadden kan kunnen kon konden moet moeten moest moesten zal zullen zou zouden',
    'wil willen wilde mag mogen mocht gaat ging gingen komt kwam kwamen krijgt kreeg blijft bleef stond ligt lag geeft gaf maakt',
    'zoekt biedt begint begon neemt nam doet deed houdt vraagt wenst levert brengt bracht kiest koos wint won investeert beheert',
    'bestaat betreft omvat zei zegt liep loopt',
    // (twenty-third pass: a headline tells with these, "Herstel kademuur … duurt langer dan gepland")
    'duurt kost opent sluit verdwijnt groeit daalt stijgt verhuist ontvangt blijkt',
    'are were has have will would can could must shall should does did',
    // (English news tells with these too: "The new cycle path opens on 15 September", twenty-second pass)
    'opens closes starts returns shows includes aims uses used held replaced switched works moves takes makes gives wants needs became becomes announced launched reported',
  ]
    .join(' ')
    .split(' '),
);

/**
 * whether a text is one question and nothing else ("Is de aanbesteding van een VRI een werk of een
 * levering?"): a page's or an article's heading that asks about its subject
 */
export function asksOneQuestion(text: string): boolean {
  const asked = text.trim();
  return asked.endsWith('?') && !/[.!?\n]/.test(asked.slice(0, -1));
}

/** the words a line cut off mid-sentence ends with */
const CUT_OFF = new Set('de het een van en of in op te voor met aan bij door dat die om tot als'.split(' '));

/**
 * the finite verb that makes a text a headline: one line of at most `maxWords` words that tells with
 * a finite verb and ends without a full stop, a colon or a question mark ("Altena zet optie door om
 * afvalinzameling te gunnen aan Den Bosch", "Het definitieve ontwerp voor het gemeentehuis is klaar");
 * undefined for any other text. A notice, a proposal or a plan states in sentences and titles itself
 * without a verb.
 */
export function headlineVerb(text: string, tokens: readonly Token[], maxWords: number): Token | undefined {
  if (tokens.length < 3 || tokens.length > maxWords) return undefined;
  const line = text.trim();
  if (line.includes('\n') || /[.!?:;]$/.test(line)) return undefined;
  // (a line cut off mid-sentence, "… hebben vastgesteld het", is no headline)
  return CUT_OFF.has(tokens.at(-1)!.word) ? undefined : tokens.find((t) => FINITE_VERBS.has(t.word));
}

/** a full stop or exclamation mark before a capital ends a sentence ("ca. 200", "t.b.v. de" go on) */
const SENTENCE_END = /[.!]\s+$/;
const OPENS_CAPITAL = /^\p{Lu}/u;

/**
 * whether a text is a one-line title: one line or sentence of at most `maxWords` words, without a
 * finite verb or a question mark ("Nr.", "ca." and "t.b.v." inside it break no sentence)
 */
export function isOneLineTitle(text: string, tokens: readonly Token[], maxWords: number): boolean {
  if (tokens.length === 0 || tokens.length > maxWords || text.includes('?')) return false;
  for (let i = 0; i < tokens.length; i++) {
    if (FINITE_VERBS.has(tokens[i]!.word)) return false;
    const next = tokens[i + 1];
    if (!next) break;
    const between = text.slice(tokens[i]!.end, next.start);
    if (between.includes('\n') || (SENTENCE_END.test(between) && OPENS_CAPITAL.test(text.slice(next.start, next.end)))) return false;
  }
  return true;
}

/**
 * the title cue a title's first word is: the cue itself or its plural ("Onderhoud", "Renovaties"),
 * or a compound with the cue as its head ("Groenonderhoud", "Sportnota"; Dutch compounds are
 * head-final, with at least three letters before the head). Letters, not stems: a stem also covers
 * the verb's forms ("Ondersteunend wagenpark" is no ondersteuning), and a cue as a compound's first
 * part names no work ("Inkoopsamenwerkingen", "Uitvoeringstoets").
 */
export function titleCueOf<T extends string>(table: TriggerTable<T>, word: string): TriggerEntry<T> | undefined {
  for (const language of ['nl', 'en'] as const) {
    for (const entries of table.words[language].values()) {
      for (const entry of entries) {
        const term = fold(entry.term).text;
        const at = word.lastIndexOf(term);
        if (at !== 0 && at < 3) continue;
        const rest = word.slice(at + term.length);
        if (rest === '' || rest === 's' || rest === 'en') return entry;
      }
    }
  }
  return undefined;
}
