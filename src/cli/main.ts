// The `cadre` command line: serve, migrate, demo, import, export, audit verify, user add, match.
import { Command, Option } from 'commander';
import { openRuntime } from './runtime.js';
import { serve } from './commands/serve.js';
import { demoCommand } from './commands/demo.js';
import { auditVerifyCommand } from './commands/audit.js';
import { userAddCommand } from './commands/user.js';
import { registerIoCommands } from './commands/io.js';
import { registerMatchCommand } from './commands/match.js';
import { registerScreenCommand } from './commands/screen.js';

const program = new Command();
program.name('cadre').description('干部人才选派交流管理系统 — command line').showHelpAfterError();

program
  .command('serve')
  .description('migrate, load demo data on the first start, build the web app if needed, and serve it')
  .option('-p, --port <port>', 'port (env PORT, default 3000)')
  .option('--no-demo', 'do not load demo data into an empty database')
  .action(async (o: { port?: string; demo: boolean }) => {
    await serve({ port: o.port, demo: o.demo });
  });

program
  .command('migrate')
  .description('apply database migrations')
  .action(async () => {
    const rt = await openRuntime();
    console.log(`数据库已是最新结构（${rt.database.kind}）`);
    await rt.close();
  });

program
  .command('demo')
  .description('load generated Sichuan demo data into an empty database')
  .option('--people <n>', 'number of people', '20000')
  .option('--seed <s>', 'random seed', '2012')
  .option('--no-accounts', 'do not create the demo accounts')
  .action(async (o: { people: string; seed: string; accounts: boolean }) => {
    process.exitCode = await demoCommand({ people: Number(o.people), seed: Number(o.seed), accounts: o.accounts });
  });

const audit = program.command('audit').description('audit trail');
audit
  .command('verify')
  .description('check the hash chain of the audit trail; exit 1 when any entry was altered or removed')
  .action(async () => {
    process.exitCode = await auditVerifyCommand();
  });

const user = program.command('user').description('accounts');
user
  .command('add')
  .description('add an account (password from --password or env CADRE_PASSWORD)')
  .requiredOption('-u, --username <name>')
  .requiredOption('-n, --name <displayName>')
  .addOption(new Option('-r, --role <role>').choices(['sysadmin', 'secadmin', 'auditor', 'officer', 'unit_hr', 'cadre']).makeOptionMandatory())
  .addOption(new Option('-s, --scope <scope>').choices(['all', 'subtree', 'unit', 'self', 'none']))
  .option('--unit <id>', 'unit id for unit scopes')
  .option('--person <id>', 'person id for the self scope')
  .option('--password <password>', 'initial password (must be changed at first sign-in)')
  .action(async (o: { username: string; name: string; role: string; scope?: string; unit?: string; person?: string; password?: string }) => {
    process.exitCode = await userAddCommand(o);
  });

registerIoCommands(program);
registerMatchCommand(program);
registerScreenCommand(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
