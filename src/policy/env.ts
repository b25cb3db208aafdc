/**
 * `${NAME}` substitution in policy strings. `${NAME}` is replaced by the variable's value;
 * `$${` stands for a literal `${`. Pure; O(length of text). Problems are returned, not thrown,
 * so that the loader can report them at the string's position.
 */

const REFERENCE = /\$\$\{|\$\{([^}]*)\}/g;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export interface Substitution {
  readonly value: string;
  /** One message per problem (a missing variable, a malformed reference). */
  readonly problems: readonly string[];
  /** The values taken from the environment: secrets to mask in logs and keep out of reports. */
  readonly secrets: readonly string[];
}

export function substituteEnv(text: string, env: NodeJS.ProcessEnv): Substitution {
  if (!text.includes('${')) return { value: text, problems: [], secrets: [] };
  const problems: string[] = [];
  const secrets: string[] = [];
  const value = text.replace(REFERENCE, (match: string, name: string | undefined) => {
    if (match === '$${') return '${';
    const trimmed = (name ?? '').trim();
    if (!NAME.test(trimmed)) {
      problems.push(`"\${${name ?? ''}}" is not a valid environment variable reference (use \${NAME}, or $\${ for a literal \${)`);
      return match;
    }
    const resolved = env[trimmed];
    if (resolved === undefined) {
      problems.push(`environment variable ${trimmed} is not set`);
      return match;
    }
    if (resolved !== '') secrets.push(resolved);
    return resolved;
  });
  if (/\$\{(?![^}]*\})/.test(text.replace(/\$\$\{/g, ''))) {
    problems.push('unclosed "${" (write $${ for a literal ${)');
  }
  return { value, problems, secrets };
}
