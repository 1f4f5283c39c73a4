/**
 * The part of Observable Plot's API a chart module uses. Plot is passed in (the page's `Plot`), so
 * that the page and its chart modules use the same copy; its types are not bundled with the page's
 * global, hence the loose signature.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
export type PlotModule = { plot: (options: any) => SVGElement | HTMLElement } & Record<string, any>;
