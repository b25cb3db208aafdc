/** A failed read crosses the reader thread as a value and comes back as the same error, code included. */
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/data/errors.js';
import { readError, readFailure } from '../../src/engine/read-failure.js';

describe('read failures across threads', () => {
  it('rebuild a DataError with its code, message, file, row and column after a structured clone', () => {
    const original = new DataError('data/not-a-number', 'data/current.csv', '"three" is not a number', 3, 'x');
    const posted = structuredClone(readFailure(original));
    expect(posted).toMatchObject({ ok: false, status: 'error', code: 'data/not-a-number', message: original.message });
    const rebuilt = readError(posted);
    expect(rebuilt).toBeInstanceOf(DataError);
    expect(rebuilt).toMatchObject({ code: 'data/not-a-number', message: original.message, file: 'data/current.csv', detail: '"three" is not a number', row: 3, column: 'x' });
  });

  it('give any other cause the model/data code and keep its message', () => {
    const posted = structuredClone(readFailure(new Error('EACCES: permission denied')));
    expect(posted).toEqual({ ok: false, status: 'error', code: 'model/data', message: 'EACCES: permission denied' });
    const rebuilt = readError(posted);
    expect(rebuilt).not.toBeInstanceOf(DataError);
    expect(rebuilt.message).toBe('EACCES: permission denied');
  });
});
