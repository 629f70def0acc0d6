import fs from 'node:fs/promises'
import path from 'node:path'

import { validateXML } from 'xmllint-wasm'

/**
 * The OASIS XLIFF 2.0 core schema and the W3C schema it imports, shipped in
 * the repository (see xliffSchema/README.md for where they came from).
 * Resolved from the working directory rather than this module's URL, like the
 * PDF fonts: a bundled server chunk runs from `.next/`, where they are not
 * copied. The app always starts at the repository root.
 */
export function xliffSchemaDirectory(): string {
  return path.join(process.cwd(), 'lib', 'translation', 'xliffSchema')
}

const CORE_SCHEMA = 'xliff_core_2.0.xsd'
/** Where the core schema's `xs:import` looks for it, as in the OASIS distribution. */
const XML_NAMESPACE_SCHEMA = 'informativeCopiesOf3rdPartySchemas/w3c/xml.xsd'

let schemaFiles: Promise<{ core: string; xmlNamespace: string }> | null = null

function loadSchemaFiles(): Promise<{ core: string; xmlNamespace: string }> {
  schemaFiles ??= (async () => {
    const directory = xliffSchemaDirectory()
    const [core, xmlNamespace] = await Promise.all([
      fs.readFile(path.join(directory, CORE_SCHEMA), 'utf8'),
      fs.readFile(path.join(directory, XML_NAMESPACE_SCHEMA), 'utf8'),
    ])
    return { core, xmlNamespace }
  })()
  // A failed read (a deployment without the folder) is retried on the next call rather than cached.
  schemaFiles.catch(() => {
    schemaFiles = null
  })
  return schemaFiles
}

/**
 * The first way an XML document breaks the XLIFF 2.0 core schema, as
 * "line N: what is wrong", or null when it is valid. libxml2 (compiled to
 * WebAssembly, in a worker thread) does the validating, with the network off;
 * the document should already be known to be well-formed, without a DOCTYPE.
 */
export async function findXliffSchemaError(xml: string): Promise<string | null> {
  const { core, xmlNamespace } = await loadSchemaFiles()
  const result = await validateXML({
    xml: { fileName: 'upload.xlf', contents: xml },
    schema: { fileName: CORE_SCHEMA, contents: core },
    preload: { fileName: XML_NAMESPACE_SCHEMA, contents: xmlNamespace },
    modifyArguments: (args) => ['--nonet', ...args],
  })
  if (result.valid) return null
  const first = result.errors[0]
  if (!first) return 'it does not validate'
  // libxml2 names elements with their namespace ({urn:oasis:names:tc:xliff:document:2.0}unit); the local name reads better.
  const message = first.message
    .replace(/^Schemas validity error\s*:\s*/u, '')
    .replace(/\{[^}]*\}/gu, '')
    .trim()
  return first.loc?.lineNumber ? `line ${first.loc.lineNumber}: ${message}` : message
}
