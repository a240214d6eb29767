import * as migration_20261126_215115_initial from './20261126_215115_initial';

export const migrations = [
  {
    up: migration_20261126_215115_initial.up,
    down: migration_20261126_215115_initial.down,
    name: '20261126_215115_initial'
  },
];
