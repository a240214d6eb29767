import * as migration_20261126_205533_initial from './20261126_205533_initial';

export const migrations = [
  {
    up: migration_20261126_205533_initial.up,
    down: migration_20261126_205533_initial.down,
    name: '20261126_205533_initial'
  },
];
