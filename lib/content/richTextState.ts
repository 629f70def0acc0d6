import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

/** Lexical editor state as stored by Payload's rich text fields. */
export type RichTextState = SerializedEditorState
