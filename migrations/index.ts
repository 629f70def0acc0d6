import * as migration_20261129_045151_initial from './20261129_045151_initial';
import * as migration_20261129_065419_features from './20261129_065419_features';
import * as migration_20261129_085932_sso from './20261129_085932_sso';
import * as migration_20261129_093855_share_rate_limits_unlogged from './20261129_093855_share_rate_limits_unlogged';
import * as migration_20261129_100604_clinic_logo from './20261129_100604_clinic_logo';
import * as migration_20261129_101640_team_sharing from './20261129_101640_team_sharing';
import * as migration_20261130_193658_security_round2 from './20261130_193658_security_round2';
import * as migration_20261130_223517_actionable_content from './20261130_223517_actionable_content';
import * as migration_20261130_225448_pdf_cache from './20261130_225448_pdf_cache';
import * as migration_20261201_004559_localization from './20261201_004559_localization';
import * as migration_20261201_012224_teach_back from './20261201_012224_teach_back';
import * as migration_20261201_020044_ehr_clients from './20261201_020044_ehr_clients';
import * as migration_20261201_024333_medlineplus_import from './20261201_024333_medlineplus_import';
import * as migration_20261201_053122_search_rank from './20261201_053122_search_rank';
import * as migration_20261201_061851_content_packs from './20261201_061851_content_packs';
import * as migration_20261201_112748_search_paging from './20261201_112748_search_paging';

export const migrations = [
  {
    up: migration_20261129_045151_initial.up,
    down: migration_20261129_045151_initial.down,
    name: '20261129_045151_initial',
  },
  {
    up: migration_20261129_065419_features.up,
    down: migration_20261129_065419_features.down,
    name: '20261129_065419_features',
  },
  {
    up: migration_20261129_085932_sso.up,
    down: migration_20261129_085932_sso.down,
    name: '20261129_085932_sso',
  },
  {
    up: migration_20261129_093855_share_rate_limits_unlogged.up,
    down: migration_20261129_093855_share_rate_limits_unlogged.down,
    name: '20261129_093855_share_rate_limits_unlogged',
  },
  {
    up: migration_20261129_100604_clinic_logo.up,
    down: migration_20261129_100604_clinic_logo.down,
    name: '20261129_100604_clinic_logo',
  },
  {
    up: migration_20261129_101640_team_sharing.up,
    down: migration_20261129_101640_team_sharing.down,
    name: '20261129_101640_team_sharing',
  },
  {
    up: migration_20261130_193658_security_round2.up,
    down: migration_20261130_193658_security_round2.down,
    name: '20261130_193658_security_round2',
  },
  {
    up: migration_20261130_223517_actionable_content.up,
    down: migration_20261130_223517_actionable_content.down,
    name: '20261130_223517_actionable_content',
  },
  {
    up: migration_20261130_225448_pdf_cache.up,
    down: migration_20261130_225448_pdf_cache.down,
    name: '20261130_225448_pdf_cache',
  },
  {
    up: migration_20261201_004559_localization.up,
    down: migration_20261201_004559_localization.down,
    name: '20261201_004559_localization',
  },
  {
    up: migration_20261201_012224_teach_back.up,
    down: migration_20261201_012224_teach_back.down,
    name: '20261201_012224_teach_back',
  },
  {
    up: migration_20261201_020044_ehr_clients.up,
    down: migration_20261201_020044_ehr_clients.down,
    name: '20261201_020044_ehr_clients',
  },
  {
    up: migration_20261201_024333_medlineplus_import.up,
    down: migration_20261201_024333_medlineplus_import.down,
    name: '20261201_024333_medlineplus_import',
  },
  {
    up: migration_20261201_053122_search_rank.up,
    down: migration_20261201_053122_search_rank.down,
    name: '20261201_053122_search_rank',
  },
  {
    up: migration_20261201_061851_content_packs.up,
    down: migration_20261201_061851_content_packs.down,
    name: '20261201_061851_content_packs',
  },
  {
    up: migration_20261201_112748_search_paging.up,
    down: migration_20261201_112748_search_paging.down,
    name: '20261201_112748_search_paging'
  },
];
