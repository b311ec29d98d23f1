/**
 * Errors the user reads: one line naming the file and the problem, never a stack trace.
 * Example: "inquiry: seeds/missing.txt: no such file or directory".
 */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Node's fs error codes, in words. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EISDIR': return 'is a directory, not a file';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'ENOTDIR': return 'a part of the path is not a directory';
    case 'EMFILE': return 'too many open files';
    case 'ENOSPC': return 'no space left on the device';
    case 'EROFS': return 'the file system is read-only';
    case 'ENAMETOOLONG': return 'the name is too long';
    default: return (error as Error)?.message?.split('\n')[0] ?? String(error);
  }
}
