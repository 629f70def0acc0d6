import { type Config, defaultLoggerOptions } from 'payload'

import { type LogSafeError, logSafeError, logSafeText } from './logSafeText'

type PinoOptions = Extract<NonNullable<Config['logger']>, { options: unknown }>['options']

function isLogSafeError(value: unknown): value is LogSafeError {
  return (
    typeof value === 'object' &&
    value !== null &&
    !(value instanceof Error) &&
    typeof (value as LogSafeError).type === 'string' &&
    typeof (value as LogSafeError).message === 'string'
  )
}

/** One argument of a pino call, made log-safe: strings escaped, errors reduced, an object's own values likewise (one level deep). */
export function logSafeArgument(argument: unknown): unknown {
  if (typeof argument === 'string') return logSafeText(argument)
  if (argument instanceof Error) return { err: logSafeError(argument) }
  if (typeof argument !== 'object' || argument === null || isLogSafeError(argument)) return argument
  return Object.fromEntries(
    Object.entries(argument).map(([key, value]) => {
      if (value instanceof Error) return [key, logSafeError(value)]
      if (typeof value === 'string') return [key, logSafeText(value)]
      return [key, value]
    }),
  )
}

/**
 * Payload's logger (pino, pretty-printed as by default) with every call made
 * log-safe before pino sees it (lib/security/logSafeText.ts): Payload logs a
 * failing REST request's error object whole (`logError`), and a failed query's
 * error carries its parameters, i.e. whatever the client sent.
 */
export const payloadLoggerOptions: PinoOptions = {
  hooks: {
    logMethod(inputArgs, method) {
      return method.apply(this, inputArgs.map(logSafeArgument) as Parameters<typeof method>)
    },
  },
  serializers: {
    err: (error: unknown) => (isLogSafeError(error) ? error : logSafeError(error)),
  },
}

export const payloadLogger = { options: payloadLoggerOptions, destination: defaultLoggerOptions }
