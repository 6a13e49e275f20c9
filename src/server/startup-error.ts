// A reason the server cannot start that the operator can fix (an unreadable certificate, a port in
// use, an invalid content pack); main.ts prints its message and exits 1, without a stack trace.
export class StartupError extends Error {
  override readonly name = 'StartupError';
}
