import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { paths } from '@/shared/paths';
import { AppLink } from '@/ui/app-link';
import { CourseSidebar } from './course-sidebar';

/** The header's study links, which the header hides where the drawer takes over (phones and tablets). */
const STUDY_LINKS = [
  [paths.quiz(), 'Quiz'],
  [paths.exam(), 'Exam simulator'],
  [paths.examGuide(), 'Exam guide'],
  [paths.labs(), 'Labs'],
  [paths.review(), 'Review'],
  [paths.progress(), 'Progress'],
] as const;

/** On small screens the sidebar, with the study links, is a modal drawer behind a Menu button (focus stays inside; Esc closes it). */
export function SidebarDrawer(): ReactNode {
  const dialog = useRef<HTMLDialogElement>(null);
  const location = useLocation();
  useEffect(() => {
    if (dialog.current?.open) dialog.current.close(); // a link in the drawer was followed
  }, [location.pathname]);
  return (
    <>
      <button type="button" className="menu-button" aria-haspopup="dialog" onClick={() => dialog.current?.showModal()}>
        <span aria-hidden="true">☰</span> Menu
      </button>
      <dialog ref={dialog} className="drawer" aria-label="Course menu" onClick={(e) => e.target === dialog.current && dialog.current.close()}>
        <div className="drawer-head">
          <button type="button" className="drawer-close" onClick={() => dialog.current?.close()}>
            Close menu
          </button>
        </div>
        <nav aria-label="Study" className="drawer-study">
          <ul>
            {STUDY_LINKS.map(([to, label]) => (
              <li key={to}>
                <AppLink to={to} current={location.pathname === to}>
                  {label}
                </AppLink>
              </li>
            ))}
          </ul>
        </nav>
        <CourseSidebar id="drawer-sidebar" />
      </dialog>
    </>
  );
}
