/**
 * Where an output file is really written, and how: through a temporary name and a rename, or
 * straight into what is there.
 *
 * Example: `-o /dev/null`, `-o /dev/stdout` (a link to /proc/self/fd/1), `-o myfifo` or `-o` a
 * socket are written straight into, as the shell's `> /dev/null` does: there is no partial file to
 * protect, and a rename would put a regular file in the device's place (as root, the machine's
 * /dev/null). `-o latest.json`, a link to runs/0612.json, writes runs/0612.json (through a temporary
 * name beside it) and keeps the link; a link to a name that does not exist yet makes that name.
 * Only a regular file, or a new name, is ever renamed over.
 */
import { lstatSync, readlinkSync, realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export interface Place {
  /** The file written: the target with its links followed (the target itself when written straight into). */
  path: string;
  /** True for a device, a FIFO, a socket, a process's descriptor (/dev/stdout, /dev/fd/N) or a link loop: opened and written, never renamed over. */
  direct: boolean;
}

/** A process's own descriptors: /dev/stdout leads to /proc/self/fd/1, whose link text ("pipe:[…]") is no path. */
const DESCRIPTOR = /^\/(?:proc\/[^/]+\/fd|dev\/fd)\/\d+$/;

/** Links followed at most, as the kernel's own limit (ELOOP beyond it). */
const MAX_LINKS = 40;

export function outputPlace(target: string): Place {
  let path = target;
  for (let hops = 0; hops <= MAX_LINKS; hops++) {
    if (DESCRIPTOR.test(path)) return { path: target, direct: true };
    let stat;
    try {
      stat = lstatSync(path);
    } catch {
      return { path, direct: false }; // a new name (perhaps a link's target yet to be made); a folder missing is said when writing
    }
    if (!stat.isSymbolicLink()) return { path, direct: !stat.isFile() && !stat.isDirectory() };
    path = resolve(realFolder(dirname(path)), readlinkSync(path));
  }
  return { path: target, direct: true }; // links in a loop: opening the target says so (ELOOP)
}

/** The folder with its links resolved, so that a link's `../x` is read from where the link really is. */
function realFolder(folder: string): string {
  try {
    return realpathSync(folder);
  } catch {
    return folder;
  }
}
