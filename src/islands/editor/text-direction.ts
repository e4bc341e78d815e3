/**
 * Every text field of the editor takes its direction from its text (`dir="auto"`): Arabic reads
 * and is typed right to left, English and Dutch left to right, side by side. Decap's fields have
 * no such option, so it is set on each text field as Decap adds it.
 */
export function directionFromText(root: HTMLElement): void {
  const mark = (element: Element) => {
    for (const field of element.querySelectorAll('input[type="text"], input:not([type]), textarea')) {
      if (!field.hasAttribute('dir')) field.setAttribute('dir', 'auto');
    }
  };
  new MutationObserver((changes) => {
    for (const change of changes) for (const node of change.addedNodes) if (node instanceof Element) mark(node);
  }).observe(root, { childList: true, subtree: true });
  mark(root);
}
