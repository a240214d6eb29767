import * as migration_20261126_192741_initial from './20261126_192741_initial';

export const migrations = [
  {
    up: migration_20261126_192741_initial.up,
    down: migration_20261126_192741_initial.down,
    name: '20261126_192741_initial'
  },
];
