// The command groups. A group is a module exporting `register(program, io)`.
import type { Command } from 'commander';
import type { CliIO } from '../cli-io';
import { register as acks } from './acks';
import { register as content } from './content';
import { register as demo } from './demo';
import { register as lists } from './lists';
import { register as match } from './match';
import { register as reminders } from './reminders';
import { register as report } from './report';

type Register = (program: Command, io: CliIO) => void;

const groups: Register[] = [match, content, lists, acks, reminders, demo, report];

export function registerCommands(program: Command, io: CliIO): void {
  for (const register of groups) register(program, io);
}
