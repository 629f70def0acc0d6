import { getPayload, type Payload } from 'payload'

import config from '@payload-config'

/** The one Payload instance of this server process (Payload caches it). */
export function getPayloadClient(): Promise<Payload> {
  return getPayload({ config })
}
