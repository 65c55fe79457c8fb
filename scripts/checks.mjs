#!/usr/bin/env node
// `npm run checks`: typecheck and lint side by side (each is mostly one thread, so on two cores
// they take about as long together as the slower one alone).
import { sideBySide } from './side-by-side.mjs';

process.exit((await sideBySide(['typecheck', 'lint'])) ? 0 : 1);
