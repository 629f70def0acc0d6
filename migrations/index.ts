import * as migration_20261129_045151_initial from './20261129_045151_initial';
import * as migration_20261129_054046_topic_content_model from './20261129_054046_topic_content_model';

export const migrations = [
  {
    up: migration_20261129_045151_initial.up,
    down: migration_20261129_045151_initial.down,
    name: '20261129_045151_initial',
  },
  {
    up: migration_20261129_054046_topic_content_model.up,
    down: migration_20261129_054046_topic_content_model.down,
    name: '20261129_054046_topic_content_model'
  },
];
