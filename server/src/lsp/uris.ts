// file: URIs <-> paths. Documents are matched by path, since clients spell the same file's
// URI in different ways (percent-encoding, drive letter case).
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';

export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return path.resolve(fileURLToPath(uri));
  } catch {
    return null;
  }
}

export function pathToUri(file: string): string {
  return pathToFileURL(file).href;
}
