import { useState, type ReactNode } from 'react';

import { paths } from '@/shared/paths';
import { mistakeReport, REPOSITORY_URL, reportMistakeUrl } from '@/shared/site';
import { copyText } from '@/features/share/share-link';
import { DOMAINS } from '@/content/constants';
import type { Question } from '@/engine/question-types';
import { findTopic } from '@/features/course/course-index';
import { Blocks } from '@/ui/markdown/blocks';
import { QuestionInput, type QuestionInputProps } from '@/engine/question-input';
import { AppLink } from '@/ui/app-link';

/** Where the question is taught: its topic and section. */
export function TeachesLink({ question }: { question: Question }): ReactNode {
  const { layer, topic, section } = question.teaches;
  const title = findTopic(layer, topic)?.title ?? topic;
  return (
    <p className="teaches">
      Learn it: <AppLink to={paths.topic(layer, topic, section)}>{title} › {section.replace(/-/g, ' ')}</AppLink>
    </p>
  );
}

/**
 * Report a mistake: with a repository configured, an issue form prefilled with the learner's note; without one,
 * the same report is copied for the learner to send, and the page says so.
 */
function ReportMistake({ question }: { question: Question }): ReactNode {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [copied, setCopied] = useState<boolean | null>(null);
  const report = () => mistakeReport(question.id, new URL(paths.question(question.id), window.location.origin).href, note);
  if (!open) {
    return (
      <button type="button" className="button-link" aria-expanded="false" onClick={() => setOpen(true)}>
        Report a mistake
      </button>
    );
  }
  const id = `mistake-${question.id}`;
  return (
    <span className="report-mistake">
      <label htmlFor={id}>What is wrong in this question?</label>
      <textarea id={id} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
      {REPOSITORY_URL ? (
        <a href={reportMistakeUrl(REPOSITORY_URL, report())} target="_blank" rel="noopener noreferrer">
          Open the report on GitHub<span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      ) : (
        <button type="button" className="button" onClick={() => void copyText(`${report().title}\n\n${report().body}`).then(setCopied)}>
          Copy the report
        </button>
      )}
      <span role="status">
        {copied === true && 'Report copied, with the question and its link: paste it into an email or a message to the course authors.'}
        {copied === false && 'The browser would not copy: select the text above and copy it by hand.'}
      </span>
    </span>
  );
}

/** Copy a link to this question, and report a mistake in it. */
export function QuestionTools({ question }: { question: Question }): ReactNode {
  const [copied, setCopied] = useState(false);
  const url = () => new URL(paths.question(question.id), window.location.origin).href;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url());
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <p className="question-tools">
      <button type="button" className="button-link" onClick={() => void copy()}>
        {copied ? 'Link copied' : 'Copy link to this question'}
      </button>
      <ReportMistake question={question} />
    </p>
  );
}

/** The whole-question verdict after Check, the general explanation and where it is taught. */
export function QuestionVerdict({ question, correct }: { question: Question; correct: boolean }): ReactNode {
  return (
    <div className={`verdict verdict-${correct ? 'right' : 'wrong'}`} role="status">
      <p className="verdict-title">{correct ? '✓ Correct' : '✗ Not quite'}</p>
      {question.explanation.length > 0 && <Blocks blocks={question.explanation} />}
      <TeachesLink question={question} />
    </div>
  );
}

/** A question: its facts, stem and answer controls. */
export function QuestionCard({ heading, level = 2, ...input }: QuestionInputProps & { heading: ReactNode; level?: 2 | 3 | 4 }): ReactNode {
  const q = input.question;
  const Heading = `h${level}` as 'h2' | 'h3' | 'h4';
  return (
    <section className="question-card" aria-labelledby={`${input.name}-heading`}>
      <Heading id={`${input.name}-heading`} className="question-heading">
        {heading}
      </Heading>
      <p className="question-facts muted">
        {DOMAINS[q.domain].name} · {q.difficulty} · {findTopic(q.layer, q.topic)?.title ?? q.topic}
      </p>
      <div className="question-stem prose">
        <Blocks blocks={q.stem} />
      </div>
      <QuestionInput {...input} />
    </section>
  );
}
