/// <reference types="vite-plugin-pwa/vanillajs" />

declare module 'virtual:scenario-catalogue' {
  import type { ScenarioMeta } from './sim/story/scenario.ts';
  const catalogue: readonly { readonly id: string; readonly meta: ScenarioMeta }[];
  export default catalogue;
}

declare module '*.ink' {
  import type { Scenario } from './sim/story/scenario.ts';
  const scenario: Scenario;
  export default scenario;
}
