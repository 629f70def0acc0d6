/**
 * The part of the `xliff` package (locize/xliff, plain JavaScript) that the
 * translators' exchange uses, typed from its source (lib/js2xliff.js,
 * lib/inline-elements/*). js2xliff with a callback runs synchronously and also
 * returns the XML.
 */
declare module 'xliff' {
  export type XliffValue = string | XliffInlineElement | Array<string | XliffInlineElement>

  /** `{ GenericSpan: { id, ...attributes, contents } }`: the key names the element, the rest become its attributes. */
  export interface XliffInlineElement {
    [elementType: string]: { [attribute: string]: XliffValue | undefined }
  }

  export interface XliffUnit {
    source: XliffValue
    target?: XliffValue
    note?: string | string[]
    additionalAttributes?: Record<string, string>
  }

  export interface XliffGroup {
    groupUnits: Record<string, XliffUnit | XliffGroup>
    additionalAttributes?: Record<string, string>
  }

  export interface XliffJs {
    sourceLanguage: string
    targetLanguage?: string
    /** One entry per `<file>`, keyed by its id. */
    resources: Record<string, Record<string, XliffUnit | XliffGroup>>
  }

  export function js2xliff(js: XliffJs, options: { indent?: string }, callback: (error: Error | null, xml?: string) => void): string

  export function makeInlineElement(type: string, attributes: Record<string, string>, contents?: XliffValue): XliffInlineElement

  export const ElementTypes: {
    readonly Standalone: 'Standalone'
    readonly GenericSpan: 'GenericSpan'
  }
}
