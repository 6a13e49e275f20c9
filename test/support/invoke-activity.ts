// An invoke activity as Teams (or the Agents Playground) posts it to /api/messages in local mode:
// the same user and conversation every time, only the invoke's name and value differ.
export function invokeActivity(name: string, value: unknown) {
  return {
    type: 'invoke',
    name,
    id: `activity-${name}`,
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/',
    locale: 'nl-NL',
    from: { id: 'user-1', aadObjectId: '00000000-0000-4000-8000-000000000002', name: 'Joris' },
    recipient: { id: 'bot' },
    conversation: { id: 'conversation-1' },
    value,
  };
}
