// The metrics bench's Graph on a process of its own: the emulator serving an existing SQLite file
// on 127.0.0.1, so that a sync measured in the bench process does not also pay for producing the
// delta pages (as with SharePoint, whose paging runs elsewhere). Prints its base URL as one JSON
// line on stdout, then serves until its standard input closes.
import { DEFAULT_DEMO_USER } from '../../src/auth/demo-staff';
import { startEmulatorServer } from '../../src/server/graph-emulator/emulator-server';

async function main(): Promise<void> {
  const dbFile = process.argv[2];
  if (!dbFile) throw new Error('usage: metrics-emulator-process <emulator sqlite file>');
  const server = await startEmulatorServer({
    dbFile,
    defaultUser: { oid: DEFAULT_DEMO_USER.oid, name: DEFAULT_DEMO_USER.name, upn: DEFAULT_DEMO_USER.upn },
    acceptAnyBearer: true,
    controlRoutes: false,
  });
  process.stdout.write(`${JSON.stringify({ baseUrl: server.baseUrl })}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => void server.close().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
