import * as migration_20261129_045151_initial from './20261129_045151_initial';
import * as migration_20261129_063531_features from './20261129_063531_features';

export const migrations = [
  {
    up: migration_20261129_045151_initial.up,
    down: migration_20261129_045151_initial.down,
    name: '20261129_045151_initial',
  },
  {
    up: migration_20261129_063531_features.up,
    down: migration_20261129_063531_features.down,
    name: '20261129_063531_features'
  },
];
