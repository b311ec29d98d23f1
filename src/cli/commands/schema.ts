/** `inquiry schema`: print the JSON Schema of the record (never loads the dictionary). */
import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import { SCHEMA } from '../../model/schema.js';
import { toJson } from '../../format/json.js';

export function registerSchema(program: Command, io: CliIO): void {
  program
    .command('schema')
    .description('print the JSON Schema of the record (inquiry-record/1)')
    .action(() => { io.stdout.write(toJson(SCHEMA)); });
}
