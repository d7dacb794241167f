// README.md and SECURITY.md state the security headers a host must send; they are prose a person edits, so this test
// holds them to the one source (src/app/security-headers.mjs), in both directions: no header missing, none extra,
// every value exact. When it fails, it prints the table to paste.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, HEADER_ONLY_DIRECTIVES, SECURITY_HEADERS, headerContentSecurityPolicy, metaContentSecurityPolicy } from './content-security-policy';

const read = (file: string) => readFileSync(file, 'utf8'); // vitest runs from the repository root

/** The rows of the first `| header | value |` table at or after `from` in `markdown`, as [header, value] pairs. */
function headerTable(markdown: string, from: number): [string, string][] {
  const lines = markdown.slice(from).split('\n');
  const start = lines.findIndex((line) => /^\s*\|\s*header\s*\|\s*value\s*\|\s*$/.test(line));
  expect(start, 'a "| header | value |" table').toBeGreaterThanOrEqual(0);
  const rows: [string, string][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.trim().startsWith('|')) break;
    const cells = line.trim().replace(/^\||\|$/g, '').split(' | ').map((cell) => cell.trim());
    expect(cells, `a table row of two cells: ${line}`).toHaveLength(2);
    const [name = '', value = ''] = cells.map((cell) => /^`([^`]*)`$/.exec(cell)?.[1] ?? `(not in backticks) ${cell}`);
    rows.push([name, value]);
  }
  return rows;
}

const expected = Object.entries(SECURITY_HEADERS);
const pasteable = ['| header | value |', '| --- | --- |', ...expected.map(([name, value]) => `| \`${name}\` | \`${value}\` |`)].join('\n');

/** Compares as lists, so a duplicated, missing, extra or changed row all fail (order is free). */
const sorted = (rows: [string, string][]) => [...rows].sort(([a], [b]) => a.localeCompare(b));

describe('one source for the security policy', () => {
  it('the header policy is the <meta> policy plus what only a header can carry', () => {
    expect(headerContentSecurityPolicy).toBe(`${metaContentSecurityPolicy}; frame-ancestors 'none'`);
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(headerContentSecurityPolicy);
    expect(Object.keys(HEADER_ONLY_DIRECTIVES).filter((name) => name in CSP_DIRECTIVES)).toEqual([]);
    expect(metaContentSecurityPolicy).not.toMatch(/frame-ancestors|report-uri|sandbox/); // a <meta> tag ignores these
    expect(metaContentSecurityPolicy).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('README.md ("Security response headers") states exactly these headers', () => {
    const readme = read('README.md');
    const section = readme.indexOf('**Security response headers.**');
    expect(section, 'the "Security response headers" step of the README').toBeGreaterThanOrEqual(0);
    expect(sorted(headerTable(readme, section)), `README.md should have this table:\n${pasteable}\n`).toEqual(sorted(expected));
  });

  it('SECURITY.md states exactly these headers, and the <meta> policy as the pages carry it', () => {
    const security = read('SECURITY.md');
    const section = security.indexOf('## The Content-Security-Policy');
    expect(section).toBeGreaterThanOrEqual(0);
    expect(sorted(headerTable(security, section)), `SECURITY.md should have this table:\n${pasteable}\n`).toEqual(sorted(expected));
    const block = /```\n([\s\S]*?)```/.exec(security.slice(section))?.[1] ?? '';
    expect(block.replace(/\s+/g, ' ').trim(), 'the policy in the code block of "The Content-Security-Policy"').toBe(metaContentSecurityPolicy);
  });
});
