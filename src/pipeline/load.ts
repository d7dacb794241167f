import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** A Markdown file of the course, with its path relative to the project root (posix separators). */
export interface SourceFile {
  path: string;
  text: string;
}

/** Reads every `.md` file under `contentDir`: the only file-system step of the pipeline. */
export function loadContent(contentDir: string, root = process.cwd()): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.md')) {
        files.push({ path: relative(root, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
      }
    }
  };
  walk(contentDir);
  return files;
}
