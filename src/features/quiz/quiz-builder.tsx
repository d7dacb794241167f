import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { DIFFICULTIES, DOMAINS, DOMAIN_SLUGS } from '@/content/constants';
import { allTopicsWithDetails, course, topicKey } from '@/features/course/course-index';
import { paths } from '@/shared/paths';
import { partLabel } from '@/content/layer-labels';

/** The query a GET form would send: every named field's value, in document order. */
function formQuery(form: HTMLFormElement): string {
  return new URLSearchParams([...new FormData(form)].map(([name, value]) => [name, typeof value === 'string' ? value : value.name])).toString();
}

/**
 * The quiz builder: a GET form, so its choices become the quiz's URL (shareable). Once hydrated, its submission
 * becomes a client-side navigation to the same URL; a plain form and `useNavigate` instead of react-router's `<Form>`,
 * which would bring its submission machinery (1.2 KB gzip) into the bundle every page loads.
 */
export function QuizBuilder(): ReactNode {
  const navigate = useNavigate();
  const start = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    void navigate(`${paths.quiz()}?${formQuery(event.currentTarget)}`);
  };
  // Question counts live with the topic details, outside the main bundle: every topic shows until they arrive.
  const [counts, setCounts] = useState<Map<string, number> | null>(null);
  useEffect(() => {
    let live = true;
    void allTopicsWithDetails().then((topics) => live && setCounts(new Map(topics.map((t) => [topicKey(t), t.questionCount]))));
    return () => {
      live = false;
    };
  }, []);
  return (
    <div className="quiz-builder">
      <h1>Build a practice quiz</h1>
      <p className="lead">Choose what to be asked. Leave a group empty to include everything. The quiz link can be shared: it gives the same questions in the same order.</p>
      <form method="get" action={paths.quiz()} className="builder-form" onSubmit={start}>
        <fieldset>
          <legend>Layers and topics</legend>
          {course.layers.map((layer) => (
            <div key={layer.slug} className="builder-layer">
              <label className="builder-layer-label">
                <input type="checkbox" name="layer" value={layer.slug} /> {partLabel(layer)} (all topics)
              </label>
              <ul className="builder-topics">
                {layer.topics
                  .filter((t) => (counts?.get(topicKey(t)) ?? 1) > 0)
                  .map((t) => (
                    <li key={t.slug}>
                      <label>
                        <input type="checkbox" name="topic" value={topicKey(t)} /> {t.title} {counts && <span className="muted">({counts.get(topicKey(t)) ?? 0})</span>}
                      </label>
                    </li>
                  ))}
              </ul>
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>Exam domains</legend>
          {DOMAIN_SLUGS.map((d) => (
            <label key={d} className="builder-choice">
              <input type="checkbox" name="domain" value={d} /> {DOMAINS[d].name}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Difficulty</legend>
          {DIFFICULTIES.map((d) => (
            <label key={d} className="builder-choice">
              <input type="checkbox" name="difficulty" value={d} /> {d}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Which questions</legend>
          <label className="builder-choice">
            <input type="radio" name="only" value="" defaultChecked /> Any
          </label>
          <label className="builder-choice">
            <input type="radio" name="only" value="missed" /> Only questions I missed
          </label>
          <label className="builder-choice">
            <input type="radio" name="only" value="new" /> Only new questions
          </label>
        </fieldset>
        <p>
          <label>
            Number of questions <input type="number" name="count" min={1} max={100} defaultValue={10} className="input-number" />
          </label>
        </p>
        <button type="submit" className="button">
          Start the quiz
        </button>
      </form>
    </div>
  );
}
