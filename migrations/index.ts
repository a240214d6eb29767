import * as migration_20261126_232832_initial from './20261126_232832_initial';

export const migrations = [
  {
    up: migration_20261126_232832_initial.up,
    down: migration_20261126_232832_initial.down,
    name: '20261126_232832_initial'
  },
];
