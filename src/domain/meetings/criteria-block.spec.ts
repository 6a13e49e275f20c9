import { buildCriteriaBlock, CRITERIA_BLOCK_ID, findCriteriaBlocks, hasCriteriaBlock, removeCriteriaBlocks, upsertCriteriaBlock } from './criteria-block';

const item = (id: string, text = `Criterium ${id}`) => ({ id, text, context: 'Wegen', link: `https://cc.example.org/#/criteria/${id}` });

describe('the criteria block', () => {
  it('carries the stable marker, the item ids and a Dutch or English heading', () => {
    const nl = buildCriteriaBlock({ language: 'nl', items: [item('roads-a'), item('roads-b')], meetingLink: 'https://cc.example.org/#/meetings/m1' });
    expect(nl).toMatch(new RegExp(`^<div id="${CRITERIA_BLOCK_ID}" data-cc-version="1" data-cc-items="roads-a roads-b"`));
    expect(nl).toContain('Circulaire criteria voor dit overleg');
    expect(nl).toContain('href="https://cc.example.org/#/meetings/m1"');
    expect(buildCriteriaBlock({ language: 'en', items: [item('roads-a')] })).toContain('Circular criteria for this meeting');
  });

  it('escapes texts and drops links that are not http(s)', () => {
    const html = buildCriteriaBlock({ language: 'nl', items: [{ id: 'x', text: '<img src=x onerror=alert(1)> & "quotes"', link: 'javascript:alert(1)', context: '</ul>' }] });
    expect(html).not.toContain('<img');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;');
    expect(html).toContain('(&lt;/ul&gt;)');
  });

  it('refuses an empty block', () => {
    expect(() => buildCriteriaBlock({ language: 'nl', items: [] })).toThrow(RangeError);
  });

  it('is found again, with its items, also when Outlook prefixed its id or nested divs inside', () => {
    const block = buildCriteriaBlock({ language: 'nl', items: [item('roads-a')] });
    const body = `<html><body><div>Agenda</div>${block}<div>na</div></body></html>`;
    const [found] = findCriteriaBlocks(body);
    expect(body.slice(found!.start, found!.end)).toBe(block);
    expect(found).toMatchObject({ version: 1, itemIds: ['roads-a'] });

    const received = `<div id="x_${CRITERIA_BLOCK_ID}"><div><p>x</p></div><p>y</p></div><p>rest</p>`;
    const [prefixed] = findCriteriaBlocks(received);
    expect(received.slice(prefixed!.start, prefixed!.end)).toBe(`<div id="x_${CRITERIA_BLOCK_ID}"><div><p>x</p></div><p>y</p></div>`);
    // a client that rewrote the id still keeps the version attribute
    expect(hasCriteriaBlock('<div class="a" data-cc-version="1"><p>x</p></div>')).toBe(true);
  });

  it('is not confused with other ids or text that mentions it', () => {
    expect(hasCriteriaBlock(`<div id="${CRITERIA_BLOCK_ID}-notes">x</div>`)).toBe(false);
    expect(hasCriteriaBlock(`<p>zie ${CRITERIA_BLOCK_ID}</p>`)).toBe(false);
  });

  it('is inserted once and replaced on a second insert, never duplicated', () => {
    const first = buildCriteriaBlock({ language: 'nl', items: [item('roads-a')] });
    const second = buildCriteriaBlock({ language: 'nl', items: [item('roads-b'), item('roads-c')] });
    const body = '<html><body><p>Agenda: bestek Dorpsstraat</p></body></html>';
    const once = upsertCriteriaBlock(body, first);
    expect(once).toBe(`<html><body><p>Agenda: bestek Dorpsstraat</p>${first}</body></html>`);
    const twice = upsertCriteriaBlock(once, second);
    expect(findCriteriaBlocks(twice)).toHaveLength(1);
    expect(twice).toBe(`<html><body><p>Agenda: bestek Dorpsstraat</p>${second}</body></html>`);
  });

  it('keeps one block when a body already had two (a pasted copy)', () => {
    const old = buildCriteriaBlock({ language: 'nl', items: [item('roads-a')] });
    const next = buildCriteriaBlock({ language: 'en', items: [item('roads-b')] });
    const result = upsertCriteriaBlock(`<p>a</p>${old}<p>b</p>${old}<p>c</p>`, next);
    expect(result).toBe(`<p>a</p>${next}<p>b</p><p>c</p>`);
  });

  it('goes before the Teams join information of an online meeting', () => {
    const join = '<div><p>________________________________________________________________________________</p><p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0">Join</a></p></div>';
    const block = buildCriteriaBlock({ language: 'nl', items: [item('roads-a')] });
    expect(upsertCriteriaBlock(`<p>Agenda</p>${join}`, block)).toBe(`<p>Agenda</p>${block}${join}`);
  });

  it('can be removed, leaving the rest', () => {
    const block = buildCriteriaBlock({ language: 'nl', items: [item('roads-a')] });
    expect(removeCriteriaBlocks(`<p>a</p>${block}<p>b</p>`)).toBe('<p>a</p><p>b</p>');
  });
});
