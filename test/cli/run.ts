import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import { root } from '../helpers.js';

/** Runs the CLI in-process with captured output. */
export async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), color: false, cwd: root };
  const code = await main(['node', 'gkml', ...args], io);
  return { code, stdout, stderr };
}
