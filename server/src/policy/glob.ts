/**
 * Globs as policy files write them. Two flavours: path globs (`*` stops at `/`, `**` crosses it), used for
 * files and directories, and name globs (`*` matches anything), used for instance types, resource types and
 * addresses, where `/` is just a character (`Deployment/default/*`). `?` is one character, `{a,b}` either.
 */
const cache = new Map<string, RegExp>();

export function globMatch(glob: string, text: string, pathMode = false): boolean {
  const key = (pathMode ? 'p:' : 'n:') + glob;
  let re = cache.get(key);
  if (!re) {
    re = globToRegExp(glob, pathMode);
    cache.set(key, re);
  }
  return re.test(text);
}

export function globToRegExp(glob: string, pathMode = false): RegExp {
  let out = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '*') {
      if (glob[i + 1] === '*') {
        i++;
        // `**/` also matches no directory at all, so `envs/**/main.tf` matches `envs/main.tf`.
        if (glob[i + 1] === '/') {
          i++;
          out += '(?:.*/)?';
        } else {
          out += '.*';
        }
      } else {
        out += pathMode ? '[^/]*' : '.*';
      }
    } else if (ch === '?') {
      out += pathMode ? '[^/]' : '.';
    } else if (ch === '{') {
      braces++;
      out += '(?:';
    } else if (ch === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (ch === ',' && braces > 0) {
      out += '|';
    } else {
      out += ch.replace(/[.+^$()|[\]\\{}]/g, '\\$&');
    }
  }
  return new RegExp('^' + out + ')'.repeat(braces) + '$');
}
