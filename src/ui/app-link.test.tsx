import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppLink, routedPath } from './app-link';

function clickOn(element: Element, init: MouseEventInit = {}): MouseEvent {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init });
  Object.defineProperty(event, 'target', { value: element });
  return event;
}

describe('AppLink', () => {
  it('is a plain anchor to the path, marked when it is the current page', () => {
    const { getByRole } = render(
      <>
        <AppLink to="/layers/network">Network</AppLink>
        <AppLink to="/about" current>
          About
        </AppLink>
      </>,
    );
    expect(getByRole('link', { name: 'Network' }).getAttribute('href')).toBe('/layers/network');
    expect(getByRole('link', { name: 'Network' }).hasAttribute('aria-current')).toBe(false);
    expect(getByRole('link', { name: 'About' }).getAttribute('aria-current')).toBe('page');
  });

  it('hands plain left clicks to the router, with the query and the heading', () => {
    const { getByText } = render(<AppLink to="/layers/presentation/kms?x=1#rotation"><span>KMS</span></AppLink>);
    expect(routedPath(clickOn(getByText('KMS')), window.location.origin)).toBe('/layers/presentation/kms?x=1#rotation');
  });

  it('leaves new-tab clicks, other buttons, handled clicks and other links to the browser', () => {
    const { getByText } = render(
      <>
        <AppLink to="/about">About</AppLink>
        <AppLink to="/about" target="_blank">New tab</AppLink>
        <a href="/about">Plain</a>
      </>,
    );
    const about = getByText('About');
    const origin = window.location.origin;
    expect(routedPath(clickOn(about, { ctrlKey: true }), origin)).toBeNull();
    expect(routedPath(clickOn(about, { metaKey: true }), origin)).toBeNull();
    expect(routedPath(clickOn(about, { shiftKey: true }), origin)).toBeNull();
    expect(routedPath(clickOn(about, { button: 1 }), origin)).toBeNull();
    expect(routedPath(clickOn(getByText('New tab')), origin)).toBeNull();
    expect(routedPath(clickOn(getByText('Plain')), origin)).toBeNull();
    const handled = clickOn(about);
    handled.preventDefault();
    expect(routedPath(handled, origin)).toBeNull();
    expect(routedPath(clickOn(about), 'https://elsewhere.example')).toBeNull();
  });
});
