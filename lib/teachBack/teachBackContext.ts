/** Server code records a teach-back outcome through this Local API context flag (see access/setByServerCode). */
export const TEACH_BACK_CONTEXT = 'careleafTeachBackRecord'
