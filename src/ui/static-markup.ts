/**
 * The HTML of a small React component, for an Astro page that shows it without hydrating it: the
 * comparison value marks of the matrix and of the jurisdiction pages, the rating marks of the
 * facilitator guide. Their islands use the same components, so the markup has one source.
 *
 * Why not `<ValueMark … />` in the .astro file: Astro renders each such use through its React
 * renderer, which first renders the component once to find out that it is a React component and then
 * renders it again through React's streaming server API. With a few thousand marks in a build (the
 * matrix has one per cell), that was the larger part of the React work of `astro build`. React's
 * synchronous `renderToStaticMarkup` gives the same HTML in one pass.
 */
import { type ComponentType, createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

/** `component` rendered with `props` to HTML, for `set:html`. */
export function staticMarkup<P extends object>(component: ComponentType<P>, props: P): string {
  return renderToStaticMarkup(createElement(component, props));
}
