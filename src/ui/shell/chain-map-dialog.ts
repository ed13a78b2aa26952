/**
 * The chain as it stands now, in a dialog; rebuilt each time it opens so it
 * shows the latest state. Its code is loaded when first asked for, so it never
 * delays the first choice.
 */
import type { SessionView } from '../../sim/session/session.ts';
import { h } from './dom.ts';
import type { Notices } from './notices.ts';

export class ChainMapDialog {
  private readonly dialog: HTMLDialogElement = h('dialog', {
    className: 'chain-dialog',
    'aria-label': 'Service chain map',
  });

  constructor(private readonly notices: Notices) {
    document.body.append(this.dialog);
  }

  /** Open the map of `view`, unless `stillShowing` says the learner has moved on meanwhile. */
  async open(view: () => SessionView, stillShowing: () => boolean): Promise<void> {
    const modules = await Promise.all([
      import('../chain-map/chain-map.ts'),
      import('../../sim/chain/chain.ts'),
    ]).catch((error: unknown) => {
      if (stillShowing())
        this.notices.offerRetry(
          'load:chain-map',
          'The service chain map',
          'Your progress is saved; you can carry on without it.',
          () => void this.open(view, stillShowing),
          error,
        );
      return null;
    });
    if (!modules || !stillShowing()) return;
    this.notices.dismiss('load:chain-map');
    const [{ renderChainMap }, { buildChain }] = modules;
    const now = view();
    const chain = buildChain(now.scenario.meta, now.state);
    this.dialog.replaceChildren(renderChainMap(chain, { onClose: () => this.dialog.close() }));
    this.dialog.showModal();
  }
}
