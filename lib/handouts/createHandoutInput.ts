import { z } from 'zod'

/** What a clinician submits to make a handout; every message is written for the clinician. */
export const createHandoutInput = z.object({
  topicId: z.coerce.number().int().positive({ message: 'Choose a topic.' }),
  sectionIds: z
    .array(z.string().min(1))
    .min(1, { message: 'Tick at least one section to include.' })
    .max(100),
  patientName: z
    .string()
    .trim()
    .min(1, { message: "Enter the patient's name." })
    .max(200, { message: 'The name is too long (200 characters at most).' }),
  instructions: z
    .string()
    .trim()
    .max(5000, { message: 'Instructions are too long (5,000 characters at most).' })
    .optional()
    .transform((value) => (value ? value : undefined)),
})

/** The validated input; `instructions` may be left out entirely. */
export type CreateHandoutInput = Omit<z.output<typeof createHandoutInput>, 'instructions'> & { instructions?: string }
