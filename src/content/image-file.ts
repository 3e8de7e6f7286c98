import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { shown } from './limits.ts';

const IMAGE_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.tiff']);

/** What is wrong with an article's `image.src`, if anything: the path, the file, its first bytes. */
export function checkImagePath(value: string, articleDir: string, root: string): string | undefined {
  const src = shown(value);
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('/')) {
    return `"${src}" must be a path relative to the article, e.g. ./photo.jpg, with the file next to the article`;
  }
  if (!value.startsWith('./') && !value.startsWith('../')) return `"${src}" must start with ./ (e.g. ./${src})`;
  const ext = path.extname(value).toLowerCase();
  if (!IMAGE_EXTENSIONS.has(ext)) return `"${src}" is not a supported image: use .jpg, .png, .webp or .avif`;
  const file = path.resolve(articleDir, value);
  // The build copies the picture into the public site: nothing outside the content folder may be reached.
  if (path.relative(path.resolve(root), file).startsWith('..'))
    return `"${src}" is outside the content folder: put the picture next to the article`;
  if (!existsSync(file)) return `no file "${src}" next to the article: add the image or fix the path`;
  if (!statSync(file).isFile()) return `"${src}" is a folder, not a picture: point to the image file`;
  if (!looksLikeImage(file))
    return `"${src}" is not a readable JPEG, PNG, WebP, AVIF, GIF or TIFF file (damaged or renamed?): export the picture again`;
  return undefined;
}

/** The file's first bytes, so a damaged upload is named here instead of failing deep in image processing. */
function looksLikeImage(file: string): boolean {
  const head = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  const ascii = (from: number, to: number) => head.toString('latin1', from, to);
  return (
    (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) || // JPEG
    ascii(1, 4) === 'PNG' ||
    (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') ||
    (ascii(4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(8, 12))) ||
    ascii(0, 4) === 'GIF8' ||
    ascii(0, 4) === 'II*\u0000' ||
    ascii(0, 4) === 'MM\u0000*'
  );
}
