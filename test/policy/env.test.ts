import { describe, expect, it } from 'vitest';
import { substituteEnv } from '../../src/policy/env.js';

describe('substituteEnv', () => {
  const env = { HOST: 'db.internal', PORT: '5432', EMPTY: '' };

  it('replaces ${NAME} with the variable', () => {
    expect(substituteEnv('postgres://${HOST}:${PORT}/x', env)).toEqual({ value: 'postgres://db.internal:5432/x', problems: [], secrets: ['db.internal', '5432'] });
    expect(substituteEnv('a${EMPTY}b', env)).toEqual({ value: 'ab', problems: [], secrets: [] });
  });

  it('leaves strings without references alone', () => {
    expect(substituteEnv('price in $ and {braces}', env)).toEqual({ value: 'price in $ and {braces}', problems: [], secrets: [] });
  });

  it('reads $${ as a literal ${', () => {
    expect(substituteEnv('$${HOST} is ${HOST}', env)).toEqual({ value: '${HOST} is db.internal', problems: [], secrets: ['db.internal'] });
  });

  it('names a missing variable', () => {
    expect(substituteEnv('${PREDICTIONS_DB_URL}', env).problems).toEqual(['environment variable PREDICTIONS_DB_URL is not set']);
  });

  it('rejects malformed references', () => {
    expect(substituteEnv('${1BAD}', env).problems[0]).toContain('not a valid environment variable reference');
    expect(substituteEnv('${HOST', env).problems).toEqual(['unclosed "${" (write $${ for a literal ${)']);
  });
});
