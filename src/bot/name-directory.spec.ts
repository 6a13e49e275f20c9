import { NameDirectory } from './name-directory';
import { messageContextRef } from './context-ref';

describe('the names the bot has seen', () => {
  it('remembers the latest name and forgets the least recently seen beyond its capacity', () => {
    const names = new NameDirectory(2);
    names.remember('a', 'Alex');
    names.remember('b', 'Bo');
    names.remember('a', 'Alex W.');
    names.remember('c', 'Cas');
    expect([names.nameOf('a'), names.nameOf('b'), names.nameOf('c')]).toEqual(['Alex W.', undefined, 'Cas']);
    names.remember(undefined, 'x');
    names.remember('d', '   ');
    expect(names.nameOf('d')).toBeUndefined();
  });
});

describe('the context of a decision made on a card', () => {
  it('is the message, and stays within the list column for long conversation ids', () => {
    expect(messageContextRef('19:abc@thread.v2', '17000')).toBe('teams:19:abc@thread.v2:17000');
    const long = messageContextRef(`a:${'x'.repeat(400)}`, '17000');
    expect(long.length).toBeLessThanOrEqual(255);
    expect(long).toBe(messageContextRef(`a:${'x'.repeat(400)}`, '17000'));
    expect(long).not.toBe(messageContextRef(`a:${'y'.repeat(400)}`, '17000'));
  });
});
