import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

const COMMANDS = ['start', 'ask', 'kb:check', 'kb:build', 'discord:register'];

describe('the model-guide command', () => {
  it('lists every command with --help, -h and help', () => {
    const help = cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: model-guide \[command\] \[options\]\n/);
    for (const command of COMMANDS) expect(help.stdout).toMatch(new RegExp(`\\n {2}${command}\\b`));
    expect(cli(['-h']).stdout).toBe(help.stdout);
    expect(cli(['help']).stdout).toBe(help.stdout);
  });

  it('shows a command\'s own usage with `help COMMAND`, the same as `COMMAND --help`', () => {
    const viaHelp = cli(['help', 'kb:build']);
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.stdout).toMatch(/^usage: model-guide kb:build /);
    expect(cli(['kb:build', '--help']).stdout).toBe(viaHelp.stdout);
  });

  it('prints the start usage, naming the settings instead of options, and starts nothing', () => {
    const r = cli(['start', '-h']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^usage: model-guide start/);
    expect(r.stdout).toContain('SLACK_BOT_TOKEN');
    expect(r.stdout).not.toContain('Local chat');
  });

  it('refuses an unknown command, or an option to start, with exit status 2 and the way to the help', () => {
    const unknown = cli(['serve']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^model-guide: unknown command "serve"\.\n\nusage: model-guide/);
    const option = cli(['start', '--port', '80']);
    expect(option.code).toBe(2);
    expect(option.stderr).toBe('model-guide start: unexpected argument "--port": settings are environment variables, not options.\nRun `model-guide start --help` for more.\n');
  });

  it('prints its version', () => {
    expect(cli(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
