import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { EXIT, exitCodeOf } from '../../src/cli/exit-codes.js';
import { failureLine } from '../../src/workers/failure-line.js';
import { ConfigError, NotFoundError, PermanentError, VeilleError } from '../../src/errors.js';

describe('exit codes', () => {
  it('maps each kind of error to its own code', () => {
    expect(exitCodeOf(new CommanderError(0, 'commander.helpDisplayed', ''))).toBe(EXIT.ok);
    expect(exitCodeOf(new CommanderError(1, 'commander.unknownCommand', ''))).toBe(EXIT.usage);
    expect(exitCodeOf(new ConfigError('bad env'))).toBe(EXIT.config);
    expect(exitCodeOf(new NotFoundError('document', '42'))).toBe(EXIT.notFound);
    expect(exitCodeOf(new PermanentError('corrupt_pdf', 'x'))).toBe(EXIT.dataError);
    expect(exitCodeOf(new VeilleError('timeout', 'x'))).toBe(EXIT.failed);
    expect(exitCodeOf(new TypeError('bug'))).toBe(EXIT.software);
  });

  it('writes failures as `veille: [stage] item: reason` without repeating a prefix', () => {
    expect(failureLine('ingest', 'a b.txt', new Error('empty file'))).toBe('veille: [ingest] a b.txt: empty file');
    expect(failureLine('ingest', 'x.pdf', new PermanentError('needs_ocr', '[ingest:pdf] x.pdf: no text layer'))).toBe('veille: [ingest:pdf] x.pdf: no text layer');
  });
});
