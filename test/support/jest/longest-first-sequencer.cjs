// Jest orders files by how long each took in the last run on this machine, and with no such record
// (a fresh clone, or a new folder) by file size, which puts a small but slow browser test last and
// leaves one worker running it alone while the other idles. Here a file without a record of its
// own takes its time from file-seconds.json (measured, see README), so the longest start first.
const { relative } = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;
const FILE_SECONDS = require('./file-seconds.json');

class LongestFirstSequencer extends Sequencer {
  time(test) {
    const known = super.time(test);
    if (known !== undefined) return known;
    const seconds = FILE_SECONDS[relative(test.context.config.rootDir, test.path).split('\\').join('/')];
    return seconds === undefined ? undefined : seconds * 1000;
  }
}

module.exports = LongestFirstSequencer;
