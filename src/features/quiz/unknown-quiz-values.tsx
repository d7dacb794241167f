import type { ReactNode } from 'react';
import { paths } from '@/shared/paths';
import { skillById, taskById } from '@/content/blueprint';
import { DOMAINS, type Domain } from '@/content/constants';
import { allTopics, findLayer } from '@/features/course/course-index';
import { closestValues, suggestTopics } from '@/features/course/suggest';
import { AppLink } from '@/ui/app-link';
import { candidatesFor, type QuizQuery, type UnknownKey } from './quiz-query';

const KIND: Record<UnknownKey, string> = { topic: 'topic', layer: 'layer', domain: 'exam domain', skill: 'skill of the exam guide', task: 'task of the exam guide', difficulty: 'difficulty' };

/** How a suggested value reads in a link: a topic or skill by its name. */
function labelOf(key: UnknownKey, value: string): string {
  if (key === 'topic') return allTopics.find((t) => t.slug === value)?.title ?? value;
  if (key === 'layer') return findLayer(value)?.title ?? value;
  if (key === 'domain') return DOMAINS[value as Domain]?.name ?? value;
  if (key === 'skill') return `${value} ${skillById(value)?.label ?? ''}`;
  if (key === 'task') return `${value} ${taskById(value)?.label ?? ''}`;
  return value;
}

/** A quiz link that names something the course does not have: say what, and offer the closest quizzes. */
export function UnknownQuizValues({ unknown }: { unknown: QuizQuery['unknown'] }): ReactNode {
  return (
    <div className="quiz-unknown">
      <h1>This quiz cannot be built</h1>
      {unknown.map(({ key, value }) => {
        const close = key === 'topic' ? suggestTopics(value, allTopics).map((t) => t.slug) : closestValues(value, candidatesFor(key));
        return (
          <section key={`${key}=${value}`} aria-label={`Unknown ${KIND[key]} ${value}`}>
            <p>
              There is no {KIND[key]} <code>{value}</code> in the course.
            </p>
            {close.length > 0 && (
              <>
                <p>Did you mean:</p>
                <ul className="suggestions">
                  {close.map((c) => (
                    <li key={c}>
                      <AppLink to={paths.quiz({ [key]: c })}>Quiz: {labelOf(key, c)}</AppLink>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        );
      })}
      <p>
        <AppLink to={paths.quiz()}>Build a quiz</AppLink> or browse the <AppLink to={paths.examGuide()}>exam guide</AppLink>.
      </p>
    </div>
  );
}
