import { MAIN_MESSAGE_HEADING, type TopicMainMessage } from '@/lib/handouts/mainMessages'

/**
 * "The main thing to know": each topic's main message with its summary, in a
 * box, before anything else in the handout. Names the topic only when there
 * are several, so each message is read against the right one.
 */
export function MainMessageBox({ messages, headingLevel = 2 }: { messages: readonly TopicMainMessage[]; headingLevel?: 2 | 3 }) {
  if (messages.length === 0) return null
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const namesTopics = messages.length > 1
  return (
    <section className="main-message" aria-labelledby="main-message-heading">
      <Heading id="main-message-heading">{MAIN_MESSAGE_HEADING}</Heading>
      {messages.map((message, index) => (
        <div key={index} className="main-message__topic">
          {namesTopics && message.topicTitle ? <p className="main-message__title">{message.topicTitle}</p> : null}
          <p className="main-message__text">{message.mainMessage}</p>
          {message.summary ? <p className="main-message__summary">{message.summary}</p> : null}
        </div>
      ))}
    </section>
  )
}
