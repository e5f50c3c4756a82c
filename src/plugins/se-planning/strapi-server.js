'use strict';
// Strapi loads plugin servers as JavaScript: the app's `strapi build`/`develop` compiles the
// TypeScript in server/src (root tsconfig.json) to dist/, which is what runs.
const path = require('path');

const compiled = path.join(__dirname, '..', '..', '..', 'dist', 'src', 'plugins', 'se-planning', 'server', 'src');
module.exports = require(compiled).default;
