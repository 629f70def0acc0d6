import * as migration_20261129_045151_initial from './20261129_045151_initial';

export const migrations = [
  {
    up: migration_20261129_045151_initial.up,
    down: migration_20261129_045151_initial.down,
    name: '20261129_045151_initial'
  },
];
