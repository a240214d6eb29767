import * as migration_20261126_232832_initial from './20261126_232832_initial';
import * as migration_20261127_084935_locale_parent_indexes from './20261127_084935_locale_parent_indexes';

export const migrations = [
  {
    up: migration_20261126_232832_initial.up,
    down: migration_20261126_232832_initial.down,
    name: '20261126_232832_initial',
  },
  {
    up: migration_20261127_084935_locale_parent_indexes.up,
    down: migration_20261127_084935_locale_parent_indexes.down,
    name: '20261127_084935_locale_parent_indexes'
  },
];
