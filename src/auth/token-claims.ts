// Reading a token's claims in the browser, without checking its signature: the server checks every
// token. The browser reads a claim only to refuse to send something under the wrong person.

export const fromBase64Url = (part: string): string => {
  const binary = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
};

/** the Entra object id (`oid`) a JWT names, or undefined when it names none or is no JWT */
export function personOfToken(token: string): string | undefined {
  const claims = token.split('.')[1];
  if (!claims) return undefined;
  try {
    const oid = (JSON.parse(fromBase64Url(claims)) as { oid?: unknown }).oid;
    return typeof oid === 'string' && oid.length > 0 ? oid : undefined;
  } catch {
    return undefined;
  }
}
