import { once } from 'node:events'
import fs from 'node:fs'

/**
 * A MedlinePlus health-topics file for bench:import, in the documented shape:
 * `count` records, English topics each followed by its Spanish counterpart
 * (as the published file pairs most topics), every summary about 850
 * characters of escaped HTML with paragraphs, a list, links and emphasis, as
 * NLM's are. Deterministic, so runs compare; written as a stream.
 */
export async function generateMedlinePlusFile({ filePath, count, date }: { filePath: string; count: number; date: string }): Promise<void> {
  const [year, month, day] = date.split('-')
  const out = fs.createWriteStream(filePath, { encoding: 'utf8' })
  const write = async (text: string): Promise<void> => {
    if (!out.write(text)) await once(out, 'drain')
  }
  await write(`<?xml version="1.0" encoding="UTF-8"?>\n<health-topics total="${count}" date-generated="${month}/${day}/${year} 02:30:00">\n`)
  const pairs = Math.ceil(count / 2)
  let written = 0
  for (let index = 0; index < pairs && written < count; index += 1) {
    const englishId = String(100_000 + index * 2)
    const spanishId = String(100_001 + index * 2)
    const withSpanish = written + 1 < count
    await write(englishTopic(index, englishId, withSpanish ? spanishId : null))
    written += 1
    if (withSpanish) {
      await write(spanishTopic(index, spanishId, englishId))
      written += 1
    }
  }
  await write('</health-topics>\n')
  out.end()
  await once(out, 'finish')
}

const REGIONS = ['Back', 'Neck', 'Knee', 'Shoulder', 'Hip', 'Ankle', 'Wrist', 'Skin', 'Heart', 'Lung', 'Kidney', 'Liver', 'Eye', 'Ear', 'Foot']
const CONDITIONS = ['Pain', 'Infection', 'Injury', 'Swelling', 'Disorders', 'Cancer', 'Inflammation', 'Stiffness', 'Rash', 'Weakness']
const GROUPS = [
  ['Bones, Joints and Muscles', 'Huesos, articulaciones y músculos'],
  ['Skin, Hair and Nails', 'Piel, pelo y uñas'],
  ['Heart and Circulation', 'Corazón y circulación'],
  ['Lungs and Breathing', 'Pulmones y respiración'],
  ['Kidneys and Urinary System', 'Riñones y sistema urinario'],
  ['Eyes and Vision', 'Ojos y visión'],
  ['Older Adults', 'Personas mayores'],
  ['Children and Teenagers', 'Niños y adolescentes'],
] as const

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

function titleOf(index: number): string {
  const region = REGIONS[index % REGIONS.length]
  const condition = CONDITIONS[Math.floor(index / REGIONS.length) % CONDITIONS.length]
  const series = Math.floor(index / (REGIONS.length * CONDITIONS.length))
  return `${region} ${condition}${series > 0 ? ` ${series + 1}` : ''}`
}

function englishTopic(index: number, id: string, spanishId: string | null): string {
  const title = titleOf(index)
  const slug = title.toLowerCase().replace(/\s+/g, '')
  const group = GROUPS[index % GROUPS.length]!
  const summary =
    `<p>${title.toLowerCase()} is a common problem. It can happen to people of any age, but it is more common as you get older. ` +
    `Many things can cause it, including an injury, an <a href="https://medlineplus.gov/infections.html">infection</a> or wear and tear over time.</p>` +
    `<p>Symptoms may include <em>pain</em>, swelling and trouble moving. Your health care provider will ask about your symptoms and examine you. You may need imaging tests.</p>` +
    `<h3>Treatment</h3><p>Treatment depends on the cause. It may include:</p>` +
    `<ul><li>Rest and ice</li><li>Medicines for pain and swelling</li><li>Physical therapy<ul><li>Stretching</li><li>Strengthening exercises</li></ul></li><li><strong>Surgery</strong>, in some cases</li></ul>` +
    `<p style="font-size:small">NIH: National Institute of Arthritis and Musculoskeletal and Skin Diseases</p>`
  return (
    `<health-topic meta-desc="Learn about ${escapeXml(title.toLowerCase())}." title="${escapeXml(title)}" url="https://medlineplus.gov/${slug}.html" id="${id}" language="English" date-created="01/07/2003">\n` +
    `<also-called>${escapeXml(title)} problems</also-called>\n` +
    `<full-summary>${escapeXml(summary)}</full-summary>\n` +
    `<group url="https://medlineplus.gov/group${index % GROUPS.length}.html" id="${index % GROUPS.length}">${escapeXml(group[0])}</group>\n` +
    (spanishId
      ? `<language-mapped-topic url="https://medlineplus.gov/spanish/${slug}.html" id="${spanishId}" language="Spanish">${escapeXml(title)} (es)</language-mapped-topic>\n`
      : '') +
    `<mesh-heading><descriptor id="D${String(index).padStart(6, '0')}">${escapeXml(title)}</descriptor></mesh-heading>\n` +
    `<primary-institute url="https://www.niams.nih.gov/">National Institute of Arthritis and Musculoskeletal and Skin Diseases</primary-institute>\n` +
    `<related-topic url="https://medlineplus.gov/${slug}related.html" id="${Number(id) + 7}">Related to ${escapeXml(title)}</related-topic>\n` +
    `<see-reference>${escapeXml(title)} trouble</see-reference>\n` +
    `<site title="${escapeXml(title)} (NIH)" url="https://www.nih.gov/${slug}"><information-category>Learn More</information-category><organization>National Institutes of Health</organization></site>\n` +
    `</health-topic>\n`
  )
}

function spanishTopic(index: number, id: string, englishId: string): string {
  const title = `${titleOf(index)} (es)`
  const slug = titleOf(index).toLowerCase().replace(/\s+/g, '')
  const group = GROUPS[index % GROUPS.length]!
  const summary =
    `<p>Es un problema común. Puede ocurrir a cualquier edad, pero es más común a medida que envejece. ` +
    `Muchas cosas pueden causarlo, como una lesión, una <a href="https://medlineplus.gov/spanish/infections.html">infección</a> o el desgaste con el tiempo.</p>` +
    `<p>Los síntomas pueden incluir <em>dolor</em>, hinchazón y dificultad para moverse.</p>` +
    `<ul><li>Descanso y hielo</li><li>Medicinas para el dolor</li><li>Fisioterapia</li></ul>`
  return (
    `<health-topic meta-desc="Aprenda sobre ${escapeXml(title)}." title="${escapeXml(title)}" url="https://medlineplus.gov/spanish/${slug}.html" id="${id}" language="Spanish" date-created="01/07/2003">\n` +
    `<full-summary>${escapeXml(summary)}</full-summary>\n` +
    `<group url="https://medlineplus.gov/spanish/group${index % GROUPS.length}.html" id="${index % GROUPS.length}">${escapeXml(group[1])}</group>\n` +
    `<language-mapped-topic url="https://medlineplus.gov/${slug}.html" id="${englishId}" language="English">${escapeXml(titleOf(index))}</language-mapped-topic>\n` +
    `</health-topic>\n`
  )
}
