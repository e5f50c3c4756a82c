/**
 * The Media Library's files on the local disk (public/uploads, as Strapi serves them): copied into a backup and back.
 * Files kept in an S3 bucket (S3_BUCKET) are not on this disk: the bucket is backed up with the storage's own tools.
 */
'use strict';
const fs = require('fs');
const path = require('path');

const uploadsDir = (cwd = process.cwd()) => path.resolve(cwd, 'public', 'uploads');

/** How many files and bytes a directory holds (recursively). */
function tally(dir) {
  let files = 0;
  let bytes = 0;
  if (!fs.existsSync(dir)) return { files, bytes };
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += fs.statSync(path.join(entry.parentPath ?? entry.path, entry.name)).size;
  }
  return { files, bytes };
}

/** Copies `from` (if it exists) to `to`, which must not exist yet; returns what was copied. */
function copyTree(from, to) {
  fs.mkdirSync(to, { recursive: true });
  if (fs.existsSync(from)) fs.cpSync(from, to, { recursive: true, force: true, preserveTimestamps: true });
  return tally(to);
}

module.exports = { uploadsDir, tally, copyTree };
