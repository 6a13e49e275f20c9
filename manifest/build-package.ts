// `npm run package [-- --env <name>] [--env-file <path>] [--without-outlook] [--out <zip>]`
// Builds build/appPackage.<env>.zip (env `local` by default), validated offline; exits 1 with every
// problem listed when it cannot. See docs/deploy.md for the values each env needs.
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildAppPackage, REPOSITORY_ROOT } from './package/app-package';
import { envFilesFor } from './package/package-environment';
import { PackageError } from './package/package-error';

const USAGE = `Usage: npm run package -- [--env local] [--env-file <path>]... [--without-outlook] [--out <zip>]
  --env              the target: reads manifest/env/<env>.env, then .env.<env>, then the environment
  --env-file         another env file to read after those (e.g. the server's .env)
  --without-outlook  a Teams-only package, without the Office add-in (Outlook and Word)
  --out              where to write the zip (default build/appPackage.<env>.zip)`;

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        env: { type: 'string', default: 'local' },
        'env-file': { type: 'string', multiple: true },
        'without-outlook': { type: 'boolean', default: false },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 1;
  }
  if (args.values.help) {
    console.log(USAGE);
    return 0;
  }
  try {
    const built = await buildAppPackage({
      env: args.values.env,
      envFiles: [...envFilesFor(REPOSITORY_ROOT, args.values.env), ...(args.values['env-file'] ?? []).map((f) => resolve(f))],
      withoutOutlook: args.values['without-outlook'],
      processEnv: process.env,
      ...(args.values.out ? { outFile: args.values.out } : {}),
    });
    for (const warning of built.warnings) console.warn(`warning: ${warning}`);
    console.log(
      [
        `Built ${relative(process.cwd(), built.zipPath) || built.zipPath}`,
        `  app ${built.settings.teamsAppId}, version ${built.settings.version}, manifest ${String(built.manifest.manifestVersion)} (validated offline)`,
        `  served from ${built.settings.origin}; Office add-in (Outlook, Word) ${built.includesOutlook ? 'included' : 'left out'}`,
        ...(built.wordAddinPath ? [`  Word add-in's XML manifest (admin center) ${relative(process.cwd(), built.wordAddinPath) || built.wordAddinPath}`] : []),
        `  values from ${built.envFilesRead.length > 0 ? built.envFilesRead.join(', ') : 'no env file'} and the environment`,
      ].join('\n'),
    );
    return 0;
  } catch (error) {
    if (error instanceof PackageError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

export { main };
