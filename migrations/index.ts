import * as migration_20261129_045151_initial from './20261129_045151_initial';
import * as migration_20261129_053513_handout_builder from './20261129_053513_handout_builder';

export const migrations = [
  {
    up: migration_20261129_045151_initial.up,
    down: migration_20261129_045151_initial.down,
    name: '20261129_045151_initial',
  },
  {
    up: migration_20261129_053513_handout_builder.up,
    down: migration_20261129_053513_handout_builder.down,
    name: '20261129_053513_handout_builder'
  },
];
