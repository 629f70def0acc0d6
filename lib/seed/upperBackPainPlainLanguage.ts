/**
 * A plain-language rewrite of the imported article, section by section, for
 * a reviewer to compare with the faithful import. The seed saves it as a
 * *draft version* of the topic: the published version stays the import as
 * written until a reviewer publishes this one.
 */
export const UPPER_BACK_PAIN_PLAIN_LANGUAGE: Readonly<Record<string, string[]>> = {
  Overview: [
    'Many people have upper back pain at night. It can be mild, or bad enough to keep you awake and make you feel unwell.',
    'Upper back pain at night can come from the way you sleep, a health problem, or some medicines. This guide explains the causes and what you can do.',
  ],
  'Poor Sleeping Posture': [
    'The way you lie in bed is a common cause of upper back pain. Some positions strain the muscles in your upper back. Sleeping on your stomach can put pressure on your neck and upper back.',
    'Try to keep your spine straight while you sleep, from your neck down to your tailbone.',
    'A good way to do this is to sleep on your back. Put a pillow under your neck. Put a small pillow or a rolled towel under your knees. This keeps the natural shape of your spine and eases the strain on your upper back.',
    'A body pillow can also support your upper back and neck. Try not to sleep on your stomach. It can strain your neck and upper back.',
    'A good pillow and mattress can help a lot. Choose a pillow that holds up your neck and shoulders, like a memory foam pillow or a neck pillow. Choose a mattress that feels good and keeps your spine supported.',
    'Gentle stretches and exercise during the day also help. Try rolling your shoulders and tucking your chin. These ease tight muscles and help you move more freely. Exercises that make your upper back and neck stronger can improve your posture and ease pain.',
    'If you sleep on your side, make sure your neck and back are well supported. A good pillow and mattress help keep your spine straight.',
  ],
  'Underlying Medical Conditions': [
    'Sometimes a health problem causes upper back pain at night. Problems with the spine, such as a slipped disc or arthritis, can cause it.',
    'Other causes include fibromyalgia, a curved spine (scoliosis) and a narrow spinal canal (spinal stenosis). If you think a health problem is causing your pain, see a doctor soon.',
  ],
  Medications: [
    'Some medicines can lead to upper back pain at night.',
    'Some medicines can make you dizzy or tired. This can change the way you stand and sit, and cause pain in your upper back. If you think a medicine is causing your pain, ask your doctor about other treatments or a different dose.',
  ],
  'Managing Upper Back Pain during Sleep': [
    'There are many ways to ease upper back pain at night. If the way you sleep is the cause, try a new position, or get a pillow and mattress that give better support. If a health problem is the cause, see your doctor and follow the plan you make together.',
    'Good sleep habits can also help. Go to bed at the same time each night. Do not have caffeine or alcohol before bed. Make your bedroom calm and quiet. Stretching and exercise can help your posture, relax tight muscles and ease pain.',
    'If your pain does not go away or gets worse, see your doctor. They may suggest physical therapy, a chiropractor or another treatment.',
  ],
  Summary: [
    'Upper back pain at night can come from the way you sleep, a health problem, or some medicines. Finding the cause and using these tips can help you sleep better and hurt less.',
    'If your pain does not go away, see your doctor. They can find the cause and talk with you about treatment. With the right plan, you can sleep well without pain.',
  ],
}

export const UPPER_BACK_PAIN_PLAIN_SUMMARY = 'Many people have upper back pain at night. Learn the common causes and simple ways to sleep better.'

/** The one thing to take away, shown first in a box (CDC Clear Communication Index items 1–3). */
export const UPPER_BACK_PAIN_MAIN_MESSAGE =
  'Sleep on your back with a pillow under your knees, and move gently each day. Call 911 for chest pain or trouble breathing.'
