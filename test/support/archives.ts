import { gzipSync } from 'node:zlib';
import { zipSync } from 'fflate';

/**
 * Archives built at test time (the repository holds no fixture archive: it would hide keys from the
 * CI's grep for key-shaped literals).
 */

export type Tree = Record<string, string | Buffer>;

const bytesOf = (content: string | Buffer) => (typeof content === 'string' ? Buffer.from(content) : content);

export function zip(tree: Tree, level: 0 | 6 | 9 = 6): Buffer {
  const files: Record<string, Uint8Array> = {};
  for (const [name, content] of Object.entries(tree)) files[name] = bytesOf(content);
  return Buffer.from(zipSync(files, { level }));
}

export const gzip = (content: string | Buffer) => gzipSync(bytesOf(content));

/** A ustar archive: what `tar -cf` writes for regular files (the readers under test parse it). */
export function tar(tree: Tree): Buffer {
  const blocks: Buffer[] = [];
  for (const [name, content] of Object.entries(tree)) {
    const data = bytesOf(content);
    const header = Buffer.alloc(512);
    header.write(name, 0, 100, 'utf8');
    header.write('0000644\0', 100);
    header.write('0001750\0', 108);
    header.write('0001750\0', 116);
    header.write(`${data.length.toString(8).padStart(11, '0')}\0`, 124);
    header.write(
      `${Math.floor(Date.now() / 1000)
        .toString(8)
        .padStart(11, '0')}\0`,
      136,
    );
    header.write('        ', 148); // checksum field counts as spaces while summing
    header.write('0', 156);
    header.write('ustar\0', 257);
    header.write('00', 263);
    let sum = 0;
    for (const b of header) sum += b;
    header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
    blocks.push(header, data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}

export const tgz = (tree: Tree) => gzip(tar(tree));

/** Zips nested `depth` deep (`level1.zip!level2.zip!…`), the innermost holding `inner`. */
export function nestedZips(depth: number, inner: Tree): Buffer {
  let archive = zip(inner);
  for (let level = depth - 1; level >= 1; level--) archive = zip({ [`level${level + 1}.zip`]: archive });
  return archive;
}

/**
 * A 42.zip-style bomb: `levels` levels of zips, each holding 16 copies of the level below, the
 * leaves `leafMiB` MiB of zeros. A few hundred kilobytes that would inflate to terabytes.
 */
export function zipBomb(levels: number, leafMiB: number): Buffer {
  const leaf = Buffer.alloc(leafMiB * 1024 * 1024);
  let archive = zip(Object.fromEntries(Array.from({ length: 16 }, (_, i) => [`${i}.bin`, leaf])), 9);
  for (let level = 2; level <= levels; level++) {
    archive = zip(Object.fromEntries(Array.from({ length: 16 }, (_, i) => [`${i}.zip`, archive])), 9);
  }
  return archive;
}
