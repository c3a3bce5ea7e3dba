/**
 * What GraphiQL's markup lacks for axe-core's WCAG 2.1 AA rules, added to its DOM as it renders:
 * names for CodeMirror's hidden input textareas (the query, variables, headers and response
 * editors), a tab stop for the editors' scroll areas so keyboard users can scroll them, and the
 * operation tabs made a plain list of buttons, the open one marked aria-current (GraphiQL's tabs
 * hold a close button, and a tab must not contain another control).
 */
const EDITOR_NAMES: [selector: string, name: string][] = [
  ['.graphiql-query-editor', 'GraphQL query'],
  ['.graphiql-editor-tool .graphiql-editor:nth-child(1)', 'Variables (JSON)'],
  ['.graphiql-editor-tool .graphiql-editor:nth-child(2)', 'Headers (JSON)'],
  ['.graphiql-response', 'Response'],
];

function patch(root: ParentNode): void {
  for (const [selector, name] of EDITOR_NAMES) {
    for (const textarea of root.querySelectorAll<HTMLTextAreaElement>(`${selector} .CodeMirror textarea:not([aria-label])`)) textarea.setAttribute('aria-label', name);
  }
  for (const textarea of root.querySelectorAll<HTMLTextAreaElement>('.CodeMirror textarea:not([aria-label])')) textarea.setAttribute('aria-label', 'Editor');
  for (const scroll of root.querySelectorAll<HTMLElement>('.CodeMirror-scroll[tabindex="-1"]')) scroll.setAttribute('tabindex', '0');
  for (const list of root.querySelectorAll<HTMLElement>('ul.graphiql-tabs[role="tablist"]')) list.removeAttribute('role');
  for (const item of root.querySelectorAll<HTMLElement>('li.graphiql-tab')) {
    const button = item.querySelector<HTMLElement>('.graphiql-tab-button');
    if (item.hasAttribute('role')) item.removeAttribute('role');
    // GraphiQL sets aria-selected on the item whenever the selection changes: the button says it as aria-current.
    const selected = item.getAttribute('aria-selected');
    if (selected !== null) item.removeAttribute('aria-selected');
    const current = String(selected !== null ? selected === 'true' : item.classList.contains('graphiql-tab-active'));
    if (button && button.getAttribute('aria-current') !== current) button.setAttribute('aria-current', current);
  }
}

export function patchGraphiqlAccessibility(container: HTMLElement): void {
  patch(container);
  new MutationObserver(() => patch(container)).observe(container, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-selected', 'role', 'tabindex', 'class'] });
}
