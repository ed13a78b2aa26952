/**
 * On the end screen of a learner who joined a class with its code: the
 * attempt is sent to the class (class-outbox.ts), and a panel says what became
 * of it, in words, as it changes: on its way, waiting for the network, received
 * by the class (and when), or not accepted and why.
 */
// Its panel is styled with its neighbours on the end screen.
import '../report/report.css';
import { buildEvidence, type EvidenceSource } from '../../sim/evidence/evidence.ts';
import { seal } from '../../sim/evidence/integrity.ts';
import { h } from '../shell/dom.ts';
import { classMembership, classOutbox, type Delivery } from './class-outbox.ts';

function words(delivery: Delivery): string {
  switch (delivery.state) {
    case 'queued':
      return delivery.offline
        ? `This device is offline. The attempt is kept here and sent to class ${delivery.code} as soon as it is back online.`
        : `Sending this attempt to class ${delivery.code}…`;
    case 'received': {
      const at = new Date(delivery.receivedAt);
      const time = at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
      const received = `Received by class ${delivery.code} at ${time} on ${at.toLocaleDateString('en-GB')}. Your tutor can see it with the class's results.`;
      if (!delivery.updatedAt) return received;
      const later = new Date(delivery.updatedAt).toLocaleTimeString('en-GB', {
        hour: '2-digit',
        minute: '2-digit',
      });
      return `${received} Your reflection reached it at ${later}.`;
    }
    case 'refused':
      return `Class ${delivery.code} did not accept this attempt: ${delivery.reason}. You can still download your evidence file and give it to your tutor.`;
  }
}

export interface ClassDelivery {
  readonly element: HTMLElement;
  /** The learner saved their reflection: the class gets the attempt with it. */
  reflectionSaved(): void;
}

/**
 * The panel for an attempt, or null when this device has joined no class or
 * joined after the attempt finished. `source` is read when the attempt is
 * sent, and again each time the reflection is saved.
 */
export function renderClassDelivery(
  storage: Storage,
  source: () => EvidenceSource,
): ClassDelivery | null {
  const membership = classMembership(storage);
  const first = source();
  if (!membership || first.result.finishedAt < membership.joinedAt) return null;
  const outbox = classOutbox(storage);
  // The name on the report comes first; the one given on joining stands in for it.
  const evidenceOf = (from: EvidenceSource) =>
    buildEvidence({ ...from, learnerName: from.learnerName || membership.name || null });
  const evidence = evidenceOf(first);
  const attemptId = evidence.attemptId ?? '';
  const status = h('p', { role: 'status', className: 'delivery-status' });
  const show = (delivery: Delivery) => (status.textContent = words(delivery));
  const element = h(
    'section',
    { className: 'class-delivery', 'aria-labelledby': 'class-delivery-heading' },
    h('h2', { id: 'class-delivery-heading' }, 'Sent to your class'),
    status,
  );
  // Events arrive after the panel is on screen; once it has gone, it stops listening.
  const stop = outbox.onChange((id, delivery) => {
    if (!element.isConnected) stop();
    else if (id === attemptId) show(delivery);
  });
  const known = outbox.delivery(attemptId);
  if (known) show(known);
  else {
    status.textContent = `Sending this attempt to class ${membership.code}…`;
    void seal(evidence).then((sealed) => show(outbox.send(membership, { ...sealed, attemptId })));
  }
  return {
    element,
    reflectionSaved: () =>
      void seal(evidenceOf(source())).then((sealed) =>
        outbox.update(membership, { ...sealed, attemptId }),
      ),
  };
}
