import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { CourseSidebar } from './course-sidebar';

/** On small screens the sidebar is a modal drawer behind a Menu button (focus stays inside; Esc closes it). */
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
        <CourseSidebar id="drawer-sidebar" />
      </dialog>
    </>
  );
}
