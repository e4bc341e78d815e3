/**
 * What the Decap CMS bundle (admin/decap-cms.js) puts on `window`: the CMS, React's createElement
 * as `h` and `createClass`. Only the parts this site uses are typed.
 */

export type Element = unknown;
export type CreateElement = (
  type: string | object,
  props?: Record<string, unknown> | null,
  ...children: unknown[]
) => Element;

/** Decap hands widgets their field's configuration as an Immutable.js map. */
export interface ImmutableMap {
  get(key: string): unknown;
  toJS(): Record<string, unknown>;
}

export interface WidgetProps {
  value?: string;
  onChange(value: string): void;
  forID: string;
  field: ImmutableMap;
  classNameWrapper: string;
  setActiveStyle(): void;
  setInactiveStyle(): void;
}

export interface DecapCms {
  init(options?: object): void;
  registerCustomFormat(
    name: string,
    extension: string,
    formatter: { fromFile(text: string): object; toFile(data: object, sortedKeys?: string[]): string },
  ): void;
  registerWidget(name: string, control: unknown, preview?: unknown): void;
  registerEventListener(listener: { name: string; handler: (event: { entry: ImmutableMap }) => unknown }): void;
}

export interface DecapWindow {
  CMS: DecapCms;
  CMS_MANUAL_INIT?: boolean;
  h: CreateElement;
  createClass(spec: Record<string, unknown>): unknown;
}

export const decapWindow = window as unknown as Window & DecapWindow;
