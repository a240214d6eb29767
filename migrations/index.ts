import * as migration_20261126_201511_initial from './20261126_201511_initial';

export const migrations = [
  {
    up: migration_20261126_201511_initial.up,
    down: migration_20261126_201511_initial.down,
    name: '20261126_201511_initial'
  },
];
