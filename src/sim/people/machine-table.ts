/**
 * A state machine's transitions as data, and the few lines that run them.
 * The XState machines (customer-mood-machine.ts, partner-relationship-machine.ts)
 * are the source of truth; src/build/machine-tables.ts writes their tables into
 * machine-tables.ts, and a unit test proves that every state and event goes
 * where the machine goes. The play screen runs the tables so that XState,
 * about 14 KB gzip, is not part of the first screen (issue 17).
 */

/** One candidate transition: taken when its guard (if any) holds. */
export interface TableTransition {
  readonly guard?: string;
  /** The state it enters; none for a transition that stays (and only runs actions). */
  readonly target?: string;
  readonly actions: readonly string[];
}

export interface MachineTable {
  readonly initial: string;
  /** Events every state answers when it has no enabled transition of its own. */
  readonly on: Readonly<Record<string, readonly TableTransition[]>>;
  readonly states: Readonly<
    Record<
      string,
      {
        readonly on: Readonly<Record<string, readonly TableTransition[]>>;
        /** Eventless transitions, checked after every step (XState's `always`). */
        readonly always: readonly TableTransition[];
        readonly final: boolean;
      }
    >
  >;
}

/** What a table-run machine is at: the parts of an XState snapshot the game reads. */
export interface MachineSnapshot<Value extends string, Context> {
  readonly value: Value;
  readonly context: Context;
  readonly status: 'active' | 'done';
}

/** The plain functions a table names as guards and actions (assignments to the context). */
export interface MachineRules<Context, Event> {
  readonly guards: Readonly<Record<string, (context: Context, event: Event) => boolean>>;
  readonly updates: Readonly<Record<string, (context: Context, event: Event) => Partial<Context>>>;
}

function rule<T>(rules: Readonly<Record<string, T>>, name: string): T {
  const found = rules[name];
  if (!found) throw new Error(`the machine table names "${name}", which has no rule`);
  return found;
}

function pick<Context, Event>(
  candidates: readonly TableTransition[] | undefined,
  rules: MachineRules<Context, Event>,
  context: Context,
  event: Event,
): TableTransition | undefined {
  return candidates?.find(
    (candidate) => !candidate.guard || rule(rules.guards, candidate.guard)(context, event),
  );
}

function apply<Context, Event>(
  taken: TableTransition,
  rules: MachineRules<Context, Event>,
  context: Context,
  event: Event,
): Context {
  return taken.actions.reduce<Context>(
    (current, name) => ({ ...current, ...rule(rules.updates, name)(current, event) }),
    context,
  );
}

function settle<Value extends string, Context, Event>(
  table: MachineTable,
  rules: MachineRules<Context, Event>,
  value: Value,
  context: Context,
  event: Event,
): MachineSnapshot<Value, Context> {
  let current = { value, context };
  // Like XState, eventless transitions run until none is enabled; one without a target would
  // never end, and the machines have none. The snapshot is written out, not `{ ...current,
  // status }`: Node 20's V8 takes a slow path for a spread that adds a key (see addMoment).
  for (;;) {
    const state = table.states[current.value]!;
    if (state.final) return { value: current.value, context: current.context, status: 'done' };
    const taken = pick(state.always, rules, current.context, event);
    if (!taken?.target) return { value: current.value, context: current.context, status: 'active' };
    current = {
      value: taken.target as Value,
      context: apply(taken, rules, current.context, event),
    };
  }
}

/** The snapshot a machine starts in. */
export function initialSnapshot<Value extends string, Context, Event>(
  table: MachineTable,
  rules: MachineRules<Context, Event>,
  context: Context,
): MachineSnapshot<Value, Context> {
  return settle(table, rules, table.initial as Value, context, { type: 'xstate.init' } as Event);
}

/**
 * The snapshot after one event: the state's own transition, else the machine's, then `always`.
 * The same snapshot when nothing changed, so a caller can tell without comparing contexts.
 */
export function step<Value extends string, Context, Event extends { readonly type: string }>(
  table: MachineTable,
  rules: MachineRules<Context, Event>,
  snapshot: MachineSnapshot<Value, Context>,
  event: Event,
): MachineSnapshot<Value, Context> {
  const state = table.states[snapshot.value]!;
  const taken =
    pick(state.on[event.type], rules, snapshot.context, event) ??
    pick(table.on[event.type], rules, snapshot.context, event);
  const next = taken
    ? settle(
        table,
        rules,
        (taken.target ?? snapshot.value) as Value,
        apply(taken, rules, snapshot.context, event),
        event,
      )
    : settle(table, rules, snapshot.value, snapshot.context, event);
  const same =
    next.value === snapshot.value &&
    next.context === snapshot.context &&
    next.status === snapshot.status;
  return same ? snapshot : next;
}
