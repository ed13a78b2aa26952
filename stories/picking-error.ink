EXTERNAL mood(who)
EXTERNAL trust(who)

# title: Warehouse picking error: the Hollins bedside table
# summary: A customer ordered an oak bedside table and received the walnut one, days before a lodger moves into the room. Everyone assumes the courier mixed up the parcels. Check the records, trace the chain, and fix the cause before anyone gets the blame.
# duration: 14-20
# difficulty: intermediate
# location: contact-centre
# start: 2025-03-04 13:10
# syllabus: map-service-chain
# syllabus: partnership-challenge
# syllabus: partner-feedback-process
# syllabus: proactive-communication
# syllabus: coordinated-accountability
# syllabus: communication-techniques
# syllabus: complaint-handling
# syllabus: service-recovery
# syllabus: pdca
# syllabus: legislation
# syllabus: escalation
# syllabus: crm
# syllabus: documenting-agreements
# character: customer; oconnor-siobhan
# character: colleague; chen-amy
# character: warehouse; nowak-kasia
# character: courier; reid-callum
# partner: warehouse
# partner: courier
# tutor-outcome: Listen to the end before reaching for the system, and apologise at once without guessing whose fault it was.
# tutor-outcome: Check Northway's own records (order, pick list, packing scan, stock count) before raising anything against a partner.
# tutor-outcome: Map the chain the wrong table travelled: where it entered, which external link carried it, where it came back, and where the feedback must flow first.
# tutor-outcome: Own an internal error honestly with the customer, and offer the remedy the law gives for wrong goods: her choice of an exchange or a full refund within 30 days, collected at Northway's cost, whatever the packaging policy says.
# tutor-outcome: Fix a root cause with the team that owns the process (plan, do, check, act), escalate what is outside your authority with figures and a cost, and repair the relationship with a wrongly suspected partner.
# tutor-marking: map-service-chain; Tracing the table from her order through the pick, the courier and her phone call, and seeing where the feedback has to loop back to.
# tutor-marking: partnership-challenge; Pennine was suspected (and perhaps complained about) before anyone checked. The challenge is clearing their name and repairing the trust.
# tutor-marking: partner-feedback-process; Asking Callum how exchanges could run better, and Kasia's account of look-alike bins, change the process.
# tutor-marking: partnership-delivery; Booking an exchange in one visit with the courier, so she handles nothing.
# tutor-marking: coordinated-accountability; The warehouse, the scanner settings, the courier and the contact centre each play a part. The coordinator keeps them joined up instead of finding a culprit.
# tutor-marking: communication-techniques; Letting Mrs O'Connor finish, then summing up what it means for her as well as the facts.
# tutor-marking: proactive-communication; Ringing her back by the time promised, and closing the loop on Thursday afternoon, her preferred time.
# tutor-model: Let her finish and sum up what it means for her. Apologise and promise a call back by 3pm with her options. Hold the courier complaint and check Northway's own order, pick list, scans and stock count. Trace the chain: the wrong table entered at the pick, passed through Pennine in a sealed box, came back through the contact centre, and the finding goes to the warehouse first. Go and see the bins with Kasia. Tell Mrs O'Connor honestly that the warehouse sent the wrong finish, and offer oak on Thursday with the walnut collected, or a full refund. Tell her the packaging rule is only for change-of-mind returns. Agree the look-alike bin fix with Kasia in writing with a four-week check. Email Dean the figures and the scanner fix with its cost. Ring Callum to share what you found and ask how exchanges could run better. Ring her on Thursday afternoon. Four weeks on, go over the figures with Kasia and tell Pennine and the advisers.
# tutor-wrong-turn: Agreeing with the customer, or with Amy, that the courier swapped the parcels. Nobody had checked a single record.
# tutor-wrong-turn: Filing the courier complaint now because the 48-hour window is running. A complaint on a partner's KPIs is not a placeholder, and here the courier did nothing wrong.
# tutor-wrong-turn: Blaming or retraining the picker. Identical bin labels, no item scan and a weight check that can't tell oak from walnut will catch the next new picker too.
# tutor-wrong-turn: Calling it a mix-up with the delivery. It lets her go on blaming the courier for Northway's error.
# tutor-wrong-turn: Treating the packaging rule as applying, or making an exception as a favour. It is a change-of-mind policy and never applies to wrong goods.
# tutor-wrong-turn: Switching the scanner setting on through a contact in IT. It slows every pick, so the decision belongs to the manager with that authority.

// Consequences carried through the story (kept few so the path checker can merge states).
// points: sound steps that decide the ending (records first, remedy, rights, chain traced, process fixed, follow-up, check, courier kept on side), 12 at most
VAR callback_promised = false
VAR promised_tomorrow = false
VAR complaint_filed = false
VAR asked_courier_first = false
VAR warehouse_approach = 0
VAR honest = false
VAR remedy_kind = 0
VAR process_fixed = false
VAR bins_relabelled = false
VAR courier_trust = 0
VAR points = 0

-> opening

=== opening ===
# scene: contact-centre
# status: courier at-risk
Tuesday 4 March, 13:10. A call is transferred to you.
CRM: Mrs Siobhan O'Connor, Carlisle. Order NH-48213, placed online Friday 28 February: 1 × Hollins bedside table, natural oak (HOL-BST-OAK), £149. Dispatched Monday 3 March with Pennine Freight. Delivered today 11:20, signed O'CONNOR.
CRM history: January, Hollins double bed frame, natural oak, £549. No previous complaints. Preference recorded: phone, afternoons.
# speaker: colleague
"Mrs O'Connor for you on line two. Wrong bedside table, came this morning. She's polite but she's had enough. Pennine delivered it, so my money's on them swapping parcels on the van again."
# clock: +1m
# speaker: customer
# mood: customer fail
"Hello. Right. I ordered the oak bedside table, the one that matches the bed I bought from you in January, and what's turned up is walnut. Dark brown. And I've only gone and built the thing before I noticed, because the box just says 'Hollins bedside table'. Your delivery man must have grabbed the wrong box off his van."
# evidence: communication-techniques
# evidence: complaint-handling
# ask-before: Mrs O'Connor thinks the courier swapped the parcels. What does she need from you before anything else?
# ask-after: What did our reply tell her, and what did it assume?
* [Stay with her story to the end, then sum up what it means for her as well as the facts.]
    # score: listening +2; You let her tell the whole story before reaching for the system, then reflected back both the facts and what it means for her. That is active listening: she now knows you have understood why this matters.
    # mood: customer listen
    # speaker: customer
    "It's my spare room. I've a lodger moving in on Saturday, a nurse starting at the Cumberland Infirmary, and I advertised the room as furnished in oak. That rent is half my mortgage. The walnut looks like it's wandered in from someone else's house."
    You sum it back: the wrong finish, a table she has already built, and a room that has to be ready, as advertised, for a paying lodger by Saturday.
    # speaker: customer
    "Yes. That's it exactly. Thank you."
    -> commit
* [Take her order number and pull up the delivery record on screen while she's still talking.]
    # score: listening -1; Working the system while she is still explaining feels efficient, but she hears typing rather than attention, and you miss why the date matters to her. Listen first; the record will still be there in a minute.
    # mood: customer dismiss
    You catch "Saturday" and "lodger" between screens, but not why they matter.
    # speaker: customer
    "Are you still there? I can hear you typing."
    -> commit
* [Agree with her: it does sound as if the courier mixed up the parcels on his van today.]
    # score: ownership -2; Agreeing that the courier is to blame feels like siding with her, but nobody has checked anything yet. In front of the customer it passes the blame to a partner, and her contract is with Northway Home, not Pennine.
    # score: investigation -1; You have reached a conclusion before looking at a single record.
    # mood: customer blame-partner
    # misconception: blame-before-checking
    # speaker: customer
    "I knew it. They fling those boxes about like they're nothing. I've a lodger moving in on Saturday and that room's meant to be finished."
    -> commit

=== commit ===
# speaker: customer
"So what happens now? I need it sorted before Saturday."
# evidence: service-recovery
# evidence: complaint-handling
# ask-before: She needs it sorted before Saturday. What can you commit to right now?
# ask-after: If our promise breaks, what does that do to her? What did we actually control?
* [Apologise and promise her the oak table will be with her tomorrow, whatever it takes.]
    # score: ownership +1; The apology is right: she hears that Northway Home is taking this on.
    # score: follow-through -2; A next-day promise made before checking stock or the courier's capacity is a promise you may not be able to keep. If it breaks, that is a second failure, and a second failure hurts far more than the first.
    # mood: customer apologise
    # mood: customer reassure
    # promise: next-day; customer; by tomorrow 17:00; Have the oak table with her tomorrow, Wednesday 5 March
    ~ promised_tomorrow = true
    # speaker: customer
    "Tomorrow? Well, that would be grand. I'll hold you to it."
    -> colleague
* [Apologise, say you'll find out what happened, and ring her back by 3pm with her options.]
    # score: ownership +2; A specific apology straight away, before you know whose fault it is: it may not be your fault, but it is your problem.
    # score: follow-through +2; A call-back time you can keep gives her certainty without promising an outcome you have not yet checked.
    # mood: customer apologise
    # mood: customer reassure
    # promise: callback; customer; by 15:00; Ring Mrs O'Connor back by 3pm with what happened and her options
    ~ callback_promised = true
    # speaker: customer
    "Three o'clock. Fine. I'll be by the phone."
    -> colleague
* [Apologise and explain that Pennine Freight will ring her to arrange collecting the wrong table.]
    # score: ownership -2; Sending her to wait for the courier treats outsourcing as handing over responsibility. She bought from Northway Home: we arrange the collection and we keep her informed.
    # misconception: outsourcing-responsibility
    # mood: customer dismiss
    # speaker: customer
    "So I sit here waiting for a courier to ring me. The same courier that got it wrong in the first place. Lovely."
    -> colleague

=== colleague ===
# clock: +5m
# speaker: colleague
"Right, I've got the Pennine complaint form open. The contract gives us 48 hours from delivery to report a delivery discrepancy, and they're on 96.4% on-time this month against a 97% KPI. If I send it now it goes on their scorecard before the monthly review. Shall I?"
# evidence: partnership-challenge
# evidence: sla-kpi
# ask-before: Amy is ready to send the courier complaint before the 48 hours run out. What do you do?
# ask-after: What would the complaint have cost Pennine, and what did we find out by choosing as we did?
* [Send it now: the 48 hours is running, and you can withdraw it if the records say otherwise.]
    # score: investigation -3; Raising a formal complaint before checking anything is blaming before checking. A complaint on a partner's KPIs is not a placeholder: it starts their investigation, costs them time and tells them you assume the worst.
    # trust: courier blame
    # misconception: blame-before-checking
    # log: courier; system; Delivery discrepancy complaint PF-C-2291 raised against Pennine Freight on order NH-48213
    ~ complaint_filed = true
    ~ courier_trust -= 2
    # speaker: colleague
    "Done. Complaint PF-C-2291. I'll pull the order records for the form while we wait."
    -> records
* [Email Pennine to check their depot scans for a parcel swap, and ask Amy to pull our side too.]
    # score: investigation -2; Asking the partner to search for its own mistake alongside, not after, a look at our own records puts the external link under the spotlight first. It costs Pennine time and tells them we suspect them, when the order, pick list and packing scan are on your own screen.
    # misconception: ignore-internal
    # trust: courier consult
    # log: courier; email; Asked Pennine Freight to check depot scans and van load for a parcel swap on NH-48213
    ~ asked_courier_first = true
    # speaker: colleague
    "I'll pull our side up too while they look, just so we've got it."
    -> records
* [Wait on the form: check our own order, pick list, packing scan and stock count first.]
    # score: investigation +3; Checking your own processes before pointing at a partner is the heart of this scenario. The courier only carries what the warehouse packs; until you know the box was right when it left, you cannot say who got it wrong.
    ~ points += 1
    # speaker: colleague
    "Fair enough. The 48 hours doesn't run out till tomorrow lunchtime anyway."
    -> records

=== records ===
# clock: +20m
# scene: office
ORDER NH-48213: ordered HOL-BST-OAK, Hollins bedside table, natural oak, £149.
PICK LIST, Monday 3 March 09:42, picker W-217: location B14-03 (HOL-BST-OAK). Pick confirmed by scanning the bin label. Item barcode: not scanned (not required for the furniture product group).
WAREHOUSE SYSTEM, stock count this morning: bin B14-03, oak, 7 on system, 8 on the shelf. Bin B14-04, walnut, 5 on system, 4 on the shelf.
PACKING STATION, Monday 10:15: order label scanned; weight check passed at 14.2 kg. Oak and walnut weigh the same.
PENNINE FREIGHT TRACKING, consignment PF-7713-0482: collected 14:02 Monday, delivered 11:20 Tuesday, signed O'CONNOR. Parcel ID and weight match our despatch record.
{complaint_filed: Pennine portal: complaint PF-C-2291, 'Delivery discrepancy', status open, under investigation.}
# speaker: colleague
"That's everything I could pull. Go on then, talk me through it. Where did it go wrong?"
-> trace_origin

=== trace_origin ===
You sketch the chain on your pad, from her online order to her phone call.
# evidence: map-service-chain
# chain-task: Where did the wrong table first enter the chain?
# ask-before: Look at the records. Where did the wrong table first enter the chain?
# ask-after: What evidence pointed there, and what made the other links look guilty?
* [The pick, in Warehouse & Dispatch]
    # chain-link: warehouse
    # score: investigation +2; The shelf count gives it away: one oak too many in B14-03 and one walnut too few next door in B14-04. The wrong table was picked inside Northway, before any partner touched it.
    ~ points += 1
    -> trace_carried
* [Pennine Freight, on the van north]
    # chain-link: courier
    # score: investigation -2; Pennine's tracking shows the same parcel ID and weight from collection to her door. Nothing in the records points to a swap; the shelf count does point somewhere else.
    # misconception: blame-before-checking
    -> trace_carried
* [Her order, as it reached us online]
    # chain-link: you
    # score: investigation -1; The order record says HOL-BST-OAK: what she ordered, and what the warehouse was asked to pick, was right.
    -> trace_carried

=== trace_carried ===
# chain-task: Which external link did the wrong table pass through on its way to her?
# ask-before: Which external link did the wrong table pass through on its way to her?
# ask-after: Why was that partner so easy to blame, and why was it wrong to?
* [Warehouse & Dispatch, at packing]
    # chain-link: warehouse
    # score: investigation -1; Packing is a link the table passed through, but an internal one: Warehouse & Dispatch is part of Northway. Once sealed, the box left the building with an outside firm.
    -> trace_surfaced
* [The contact centre, where Amy works]
    # chain-link: colleague
    # score: investigation -1; The contact centre is Northway's own front line, and the failure reached it only after delivery, on the phone. The table itself never went near it.
    -> trace_surfaced
* [Pennine Freight, our courier partner]
    # chain-link: courier
    # score: investigation +2; The failure crossed from an internal link to an external one inside a sealed box. Pennine delivered exactly what they were given, which is why they were easy to blame, and wrong to blame.
    ~ points += 1
    -> trace_surfaced

=== trace_surfaced ===
# chain-task: Through which touchpoint did the failure come back into Northway?
# ask-before: Through which touchpoint did the failure come back into Northway?
# ask-after: What does that touchpoint carry besides a complaint?
* [Pennine's proof of delivery at her door]
    # chain-link: courier
    # score: investigation -2; The signature confirms a sealed parcel arrived, not what was inside it. Nothing came back to Northway from the doorstep.
    -> trace_feedback
* [The contact centre, when Amy took her call]
    # chain-link: colleague
    # score: investigation +2; The customer found it at home, and the only route back was her phone call. That touchpoint carries information as well as a complaint: it is where her guess about the courier nearly became our conclusion.
    ~ points += 1
    -> trace_feedback
* [This morning's stock count in the warehouse]
    # chain-link: warehouse
    # score: investigation -1; The count did show one oak too many and one walnut too few, but nobody linked it to an order. The failure came back to us through the customer, on the phone.
    -> trace_feedback

=== trace_feedback ===
# chain-task: What you found came in at the front line. Where must it flow back to first?
# ask-before: What you found came in at the front line. Where must it flow back to first, and why?
# ask-after: Is this chain a line or a loop? What happens if the finding stays where it arrived?
* [Warehouse & Dispatch, where it all began]
    # chain-link: warehouse
    # score: partner-communication +2; Feedback has to loop back to the link where the failure began: only the warehouse can change the bins, labels and scans that let it happen. The courier and the advisers hear next.
    ~ points += 1
    -> trace_done
* [Pennine Freight, who were suspected]
    # chain-link: courier
    # score: partner-communication +1; Pennine do deserve to hear they are cleared. But they can't change what went into the box; the loop that prevents a repeat runs back to the warehouse first.
    -> trace_done
* [Customer Service: brief the advisers]
    # chain-link: you
    # score: partner-communication -1; The advisers do need to hear it, but if the finding stays at the front line, the link where the error started never learns, and the next look-alike pick goes out the same way.
    # misconception: linear-chain
    -> trace_done

=== trace_done ===
# status: courier on-track
# status: warehouse breached
# speaker: colleague
"So Pennine carried exactly the box we gave them. It was wrong before it ever left the building."
# evidence: pdca
# evidence: coordinated-accountability
# ask-before: The error happened in Northway's own warehouse. How do you take it up, and with whom?
# ask-after: What would a culprit give us, and what would a root cause give us?
* [Ring Kasia Nowak, the warehouse team leader, and arrange to look at the pick location with her.]
    # score: investigation +2; Going to the link where the error happened, with the person who runs it, is how you find a root cause rather than a culprit. The warehouse is a partner in the chain too.
    # trust: warehouse consult
    # log: warehouse; phone; Asked Kasia Nowak to review the mis-pick on NH-48213 together at bay B14 at 4pm
    ~ warehouse_approach = 1
    # speaker: warehouse
    "Wrong finish out of B14? I can guess which two bins. Come down at four and I'll have the pick history ready."
    -> callback
* [Email Warehouse & Dispatch that NH-48213 was mis-picked and ask them to remind pickers to take care.]
    # score: investigation -2; A 'take more care' note treats the error as one person's slip and skips the question of why the process let it happen. It also talks at the warehouse instead of working with it.
    # trust: warehouse blame
    # misconception: ignore-internal
    # log: warehouse; email; Told Warehouse & Dispatch that NH-48213 was mis-picked and asked for pickers to take more care
    ~ warehouse_approach = 2
    -> callback
* [Pass it to Dean Marsh, the Warehouse & Dispatch manager, as a warehouse failure for him to sort out.]
    # score: escalation -2; This is over-escalation. One mis-pick is within your remit to look into with the team leader. Escalate when something is outside your authority, carries legal or safety risk or keeps happening, and take a summary and a proposal with you.
    # trust: warehouse bypass
    # log: warehouse; email; Referred the NH-48213 mis-pick to Dean Marsh, Warehouse & Dispatch manager
    ~ warehouse_approach = 3
    -> callback

=== callback ===
# clock: +10m
# scene: contact-centre
Pennine booking screen: next-day exchange slots for CA postcodes are full. Earliest exchange: Thursday 6 March, morning. Stock: HOL-BST-OAK, 8 on the shelf.
{callback_promised:
    # kept: callback
    It is quarter to two, well inside the 3pm you promised.
}
~ callback_promised = false
# speaker: customer
"Hello? Go on then. What happened?"
# evidence: service-recovery
# evidence: legislation
# ask-before: You now know what happened. What do you tell her, and what do you offer?
# ask-after: Was she told the truth about whose error it was, and does she know all her options?
* [Own the picking error, apologise, and email her a prepaid returns label; the oak goes out once the walnut is back.]
    # score: ownership +1; You were honest that the error was ours.
    # score: remedy -1; She did nothing wrong, yet this remedy asks her to take apart a table, find packaging and get 14 kg to a drop-off point, then wait for the return to clear before the right one is sent. We should collect it and deliver the right one together.
    # score: compliance -1; Wrong goods go back at our cost: she only has to make the table available for us to collect (Consumer Rights Act 2015, s.20). A label still leaves the carrying to her.
    # mood: customer apologise
    ~ honest = true
    ~ remedy_kind = 2
    ~ points += 1
    # log: customer; email; Prepaid returns label sent for the walnut table; oak table to dispatch on receipt of the return
    # speaker: customer
    "So I've to flat-pack it again and lug it to a post office, and then wait. There goes Saturday."
    -> rights
* [Tell her our warehouse sent the wrong finish, say sorry, and offer oak on Thursday, walnut collected, or a refund.]
    # score: remedy +3; The remedy matches the failure: the goods she ordered, an exchange in one visit so she handles nothing, and a full refund offered as the alternative, which is her right for wrong goods. Nothing is left for her to chase.
    # score: ownership +2; You told her honestly that the fault was ours, which also clears up any idea that the courier was to blame. Owning an internal error keeps her trust and keeps a partner's name clear.
    # score: compliance +2; Offering a full refund as the alternative tells her the right she has: wrong goods can be rejected within 30 days under the Consumer Rights Act 2015, and the choice between refund and exchange is hers.
    # mood: customer apologise
    # mood: customer reassure
    ~ honest = true
    ~ remedy_kind = 1
    ~ points += 2
    # speaker: customer
    "Well, at least you've told me the truth. Oak, Thursday morning, and take the other one away. That gives me Friday to sort the room."
    -> book_exchange
* [Own the error, apologise, and offer a £40 voucher for the trouble while the warehouse sorts out an exchange.]
    # score: remedy -3; A voucher is no substitute for the table she ordered. The exchange has no date and no owner, so the real remedy is left vague, and compensation is standing in for fixing the problem.
    # score: ownership +1; You were honest that the error was ours.
    # misconception: compensation-not-process
    # mood: customer apologise
    ~ honest = true
    ~ remedy_kind = 2
    ~ points += 1
    # log: customer; phone; £40 goodwill voucher issued on NH-48213; exchange to be arranged by the warehouse
    # speaker: customer
    "A voucher's kind of you, but I'd rather have the table I paid for. When does the exchange happen?"
    You tell her you'll let her know.
    -> rights
* [Call it 'a mix-up with the delivery', apologise, and book the oak for Thursday with the walnut collected at that visit.]
    # score: remedy +1; The practical fix is right, the right goods with the wrong ones collected in one visit, but she isn't told she could have her money back instead, so the choice isn't really hers.
    # score: ownership -2; 'A mix-up with the delivery' is not the truth and lets her go on blaming the courier for our error. Honesty about an internal mistake is part of owning it.
    # mood: customer reassure
    ~ remedy_kind = 1
    ~ points += 1
    # speaker: customer
    "Thursday. Right. Those delivery firms, honestly. Well, as long as it's sorted."
    -> book_exchange

=== book_exchange ===
# promise: exchange; customer; by Thursday 12:00; Deliver the oak table and collect the walnut one on Thursday morning
# sla: exchange; courier; +2 working days; Exchange booked before 16:00 on Tuesday: delivery and collection within 2 working days
# log: courier; system; Exchange booked for NH-48213: deliver HOL-BST-OAK, collect HOL-BST-WAL, Thursday 6 March AM
Exchange booked with Pennine: deliver the oak, collect the walnut, Thursday morning.
-> rights

=== rights ===
{promised_tomorrow:
    // "# broken:" scores follow-through -2 and sends break-promise itself: a hand score here would count it twice.
    # broken: next-day; The next-day promise you made earlier has broken before the day is out: no next-day exchange slot was free. Promise only what you have checked you can keep.
    # speaker: customer
    "Hang on, though. Earlier you told me tomorrow. Now it's Thursday, or later? You shouldn't have said tomorrow if you didn't know."
}
~ promised_tomorrow = false
# speaker: customer
"And another thing. I've built it, and the box has gone in the recycling. Your website says returns have to be unused and in the original packaging. Is that going to be a problem?"
# evidence: legislation
# ask-before: She built the table and the box has gone. Does Northway's packaging rule apply to her?
# ask-after: Whose policy is the packaging rule, which returns does it cover, and what rights does she have for wrong goods?
* [Tell her the policy does ask for the original packaging, but you'll gladly make an exception this time.]
    # score: compliance -2; This presents her legal right as a favour. The packaging rule is Northway's own change-of-mind policy and never applies to wrong goods: she can reject them within 30 days under the Consumer Rights Act 2015, however they are packed, and we collect them at our cost.
    # speaker: customer
    "An exception? For your mistake? Well, thank you, I suppose."
    -> warehouse
* [Say the packaging rule is only for change-of-mind returns: our error goes back just as it is, at our cost.]
    # score: compliance +2; Correct. 'Unused and in the original packaging' is Northway's own change-of-mind policy and never applies to wrong or faulty goods. She can reject wrong goods within 30 days under the Consumer Rights Act 2015, and we collect them at our cost. Even a change-of-mind return of an online order can't be refused for missing packaging within the 14-day cancellation period (reg. 34, Consumer Contracts Regulations 2013).
    # mood: customer reassure
    # log: customer; phone; Confirmed wrong-goods rights: can reject within 30 days, packaging not required, collection at no cost; customer chose exchange
    ~ points += 1
    # speaker: customer
    "Oh, that's a relief. I was dreading you'd say no."
    -> warehouse
* [Say it's fine: she ordered online, so she has 14 days to cancel and the packaging doesn't matter.]
    # score: compliance -1; Right that packaging can't be a reason to refuse an online return within the 14-day cancellation period (reg. 34, Consumer Contracts Regulations 2013), but that is the change-of-mind route, which can allow a deduction for the table she assembled. Wrong goods are rejected under the Consumer Rights Act 2015: no deduction, collected at our cost.
    # speaker: customer
    "Fourteen days? It came today, so that's all right. I think."
    -> warehouse

=== warehouse ===
# time: 16:00
# scene: warehouse
Tuesday, 16:00. Bay B14, Warehouse & Dispatch.
{
- warehouse_approach == 1:
    # speaker: warehouse
    "Here you go, B14-03 and B14-04. Have a look at the labels and tell me which is which from two metres away."
- warehouse_approach == 2:
    # speaker: warehouse
    "I got your email. 'Remind pickers to take more care.' My lot did three thousand one hundred picks yesterday. Come and look at this before you write another one of those."
- else:
    # speaker: warehouse
    "Dean forwarded me your note and told me to sort it with you. Next time, ring me. I'm fifty metres away."
}
~ warehouse_approach = 0
Two bins side by side. Both labels read HOLLINS BEDSIDE TBL in large letters. The finish appears only in the SKU code underneath, in small print: ...-OAK and ...-WAL.
# speaker: warehouse
"The scanner only asks for the bin label on furniture, not the item barcode. Packing checks the weight, and oak and walnut weigh the same. W-217 is an agency picker in his second week. And it isn't the first time: we've had the Ardley rugs, 160 and 200 centimetres, and the Carra lamps. Three look-alike mis-picks this quarter. We're at 99.6% against our 99.7% standard. Do you want me to have a word with him?"
# evidence: pdca
# evidence: partnership-delivery
# evidence: documenting-agreements
# ask-before: Kasia shows you two look-alike bins and a picker in his second week. What do you agree with her?
# ask-after: Will the next new picker make the same mistake? Who will check, and when?
* [Agree with Kasia: split and relabel all look-alike bins, recheck in four weeks, and put it in writing.]
    # score: investigation +3; This is a root-cause fix, not a culprit. Plan (separate and relabel look-alikes with the finish in large print and a photo), Do (this week), Check (pick accuracy in four weeks), Act (extend what works). The process made the error easy; the new process makes it hard.
    # score: partner-communication +2; You solved it with the team leader who owns the process and confirmed it in writing, so both of you can be held to it.
    # trust: warehouse support
    # trust: warehouse agree-written
    # agree: warehouse; written; Look-alike SKUs separated into non-adjacent bins and relabelled with finish and photo by Friday 7 March; pick accuracy reviewed together on 1 April
    # log: warehouse; meeting; Root-cause review of NH-48213 mis-pick at bay B14 with Kasia Nowak; action note emailed
    ~ process_fixed = true
    ~ points += 1
    # speaker: warehouse
    "That I can do. Send me the note and I'll have the bins moved tomorrow."
    -> escalate
* [Ask Kasia to retrain picker W-217 and put a note on his record, so that he takes more care over finishes.]
    # score: investigation -2; This blames the individual for a process gap. Identical labels, no item scan and a weight check that cannot tell oak from walnut will catch the next new picker in exactly the same way.
    # log: warehouse; meeting; Asked for retraining of picker W-217 after NH-48213 mis-pick
    # speaker: warehouse
    "I can do that. It won't stop it happening again, mind."
    -> escalate
* [Thank Kasia, agree she'll relabel the two Hollins bins this week, and head back to your call queue.]
    # score: investigation +1; Relabelling deals with the immediate cause, but only for this pair, and nobody is going to check whether it worked.
    # score: partner-communication -1; It's a handshake with no written note and no date to review it, so there is no record to hold either of you to.
    # misconception: undocumented-agreement
    # trust: warehouse agree-verbal
    # agree: warehouse; verbal; Kasia to relabel bins B14-03 and B14-04 this week
    ~ bins_relabelled = true
    # speaker: warehouse
    "No bother. I'll get them done."
    -> escalate

=== escalate ===
# speaker: warehouse
"The real fix is the scanner. Make it ask for the item barcode on look-alike SKUs and this can't happen. That's a settings change by IT, and it adds a few seconds to every pick, so it needs sign-off from Dean Marsh, my manager. It's not my call, and it's not yours."
# evidence: escalation
# ask-before: The real fix is a scanner setting that slows every pick, and neither you nor Kasia can sign it off. What now?
# ask-after: What did our choice say about authority, and what did the person deciding get from us?
* [Ask your contact in IT to switch the scanner setting on quietly; it's only a setting, and it would work.]
    # score: escalation -2; It gets the job done, but it goes round the person who has the authority. The change slows every pick on the warehouse floor; that trade-off belongs to the Warehouse & Dispatch manager. Escalate with a summary and a proposal rather than working round him.
    # speaker: warehouse
    "Whoa. If my pick rates drop and nobody's signed it off, that's on me, not you. Don't."
    -> courier
* [Email Dean a short note: three look-alike mis-picks, 99.6% against 99.7%, and the fix and its cost.]
    # score: escalation +2; This is escalation done right. The change is outside both your authority, the failure keeps happening and customers feel it, and you sent the figures with a proposal and its cost so he can decide quickly.
    # log: warehouse; email; Escalated to Dean Marsh, Warehouse & Dispatch manager: item-barcode scan for look-alike SKUs, with mis-pick figures and pick-time estimate
    Reply from Dean Marsh, 16:42: "Clear, thanks. Approved for the three look-alike product groups. IT to make the change by Friday. Bring the figures to the four-week check."
    -> courier
* [Leave it with Kasia to raise at next month's operations meeting, where scanner changes are agreed.]
    # score: escalation -1; Three mis-picks in a quarter is a repeat failure that customers feel. Waiting three weeks for a meeting, with nobody owning the proposal, means more wrong tables in the meantime.
    # speaker: warehouse
    "I'll put it on the agenda. If I remember."
    -> courier

=== courier ===
# time: Wednesday 09:30
# scene: office
Wednesday 5 March, 09:30.
{
- complaint_filed:
    Email from Callum Reid, Pennine Freight: "Re complaint PF-C-2291. Our scans show the consignment delivered sealed, to the right address, at the despatched weight. I've taken our driver off his round this morning to give a statement. Please advise what more you need."
- asked_courier_first:
    Email from Callum Reid, Pennine Freight: "Checked the depot scans and the van load list as asked. The parcel went out as it came in, one piece, weight as despatched. Took us the best part of an hour. Anything else?"
- else:
    Pennine Freight have no idea any of this happened.{remedy_kind == 1: Their driver is due at Mrs O'Connor's tomorrow for the exchange.}
}
# evidence: proactive-communication
# evidence: partner-feedback-process
# ask-before: Pennine turned out to have done nothing wrong. What, if anything, do you owe them?
# ask-after: How will Callum's team feel about Northway next time, and what did we learn from them?
* [Close it off in the Pennine portal with a short note: 'Internal picking error, no action needed from Pennine.']
    # score: partner-communication -1; One line in a portal closes the record but not the relationship. If you had complained, a withdrawal with no explanation still leaves them feeling accused. You also miss the chance to hear what they could improve.
    # log: courier; system; Portal note on NH-48213: internal error, no action needed from Pennine
    -> thursday
* {complaint_filed} [Phone Callum: withdraw the complaint, say sorry, explain what our records showed, and ask for his view.]
    # score: partner-communication +3; You raised a complaint too early. Withdrawing it in person, explaining your findings and asking for their view is how damaged trust gets repaired, and it opens a two-way conversation.
    # trust: courier share
    # trust: courier thank
    # log: courier; phone; Withdrew complaint PF-C-2291 with apology; shared internal mis-pick finding; asked for feedback on exchanges
    ~ courier_trust += 2
    -> courier_feedback
* {not complaint_filed} [Phone Callum: tell him what our records showed, thank his team, and ask how exchanges could run better.]
    # score: partner-communication +3; The courier was wrongly suspected, at least inside your office. Sharing what you found and asking for their view turns a near-miss into a better process. That is two-way communication.
    # trust: courier share
    # trust: courier consult
    # log: courier; phone; Shared internal mis-pick finding on NH-48213 with Pennine Freight; asked for feedback on exchanges
    ~ courier_trust += 2
    -> courier_feedback
* [Leave Pennine out of it: they did their job properly, so there's nothing for them to act on or change.]
    # score: partner-communication -2; Relationships need maintaining. Any complaint left open keeps counting against their KPIs. A partner left out of the loop learns nothing from the incident, and neither do you.
    # misconception: relationships-self-sustain
    # trust: courier ignore
    {complaint_filed || asked_courier_first:
        ~ courier_trust -= 1
    }
    Nothing goes to Pennine.
    -> thursday

=== courier_feedback ===
# speaker: courier
"{complaint_filed:Appreciate the call. I'll not pretend the complaint didn't sting; the lad was worried about his job. But fair play for ringing. }Since you're asking: when a customer tells our driver at the door it's the wrong item, he's no way to log it. It gets booked as a normal return, a second van goes out for the swap, and the customer waits. If your team used a 'wrong item' reason when booking, we'd route it as a same-visit exchange every time."
# agree: courier; written; Wrong-item exchanges booked with reason code WI so Pennine routes them as same-visit exchanges; Callum to confirm by email
# trust: courier agree-written
# log: courier; email; Confirmation of wrong-item reason code for same-visit exchanges, from Pennine feedback
You add the WI reason code to the contact centre's exchange script and email Callum to confirm.
-> thursday

=== thursday ===
~ asked_courier_first = false
# time: Thursday 11:00
# scene: contact-centre
Thursday 6 March, 11:00.
{
- remedy_kind == 1:
    # sla-met: exchange
    # kept: exchange
    # mood: customer resolve
    Pennine tracking, 10:48: exchange complete. Oak table delivered, walnut table collected, signed O'CONNOR.
- else:
    # mood: customer fail
    CRM: no exchange has happened. The walnut table is still in Mrs O'Connor's spare room and no oak table has gone out; nobody has told the warehouse to send one.
}
# evidence: complaint-handling
# evidence: crm
# ask-before: The exchange is booked for today. Is there anything left for you to do?
# ask-after: How does she know the remedy worked and that something has changed?
* [Close the case in the CRM and get on with the queue; she has your number if anything is still wrong.]
    # score: follow-through -2; Closing a case without confirming the outcome assumes the remedy worked without checking. Follow-through means checking, not hoping.
    Case NH-48213: closed.
    {remedy_kind != 1:
        # mood: customer fail
        CRM, the following week: the case is reopened by a second complaint from Mrs O'Connor.
    }
    -> check
* [Let tonight's automatic 'How did we do?' survey go out, and read her reply in the morning.]
    # score: follow-through -1; A survey collects a score; it doesn't close the loop. She hears nothing personal about whether the remedy worked or what changed.
    The survey email goes out at 9pm.
    {remedy_kind != 1:
        # mood: customer fail
        Her survey reply, 21:14: "Still waiting. One star."
    }
    -> check
* [Ring Mrs O'Connor this afternoon to close the loop: check all is well and say what's changing.]
    # score: follow-through +2; Closing the loop yourself, at the time she prefers, checks whether the remedy actually landed, and tells her the failure led to a change. That's how an upset customer becomes a loyal one.
    # log: customer; phone; Follow-up call: outcome checked and process change explained
    ~ points += 1
    You ring at half past two, her preferred time on the CRM.
    {
    - remedy_kind == 1:
        # mood: customer exceed
        # speaker: customer
        "It's perfect, and it matches the bed. My lodger moves in on Saturday to the room I advertised.{process_fixed or bins_relabelled: And you've changed the labels so it won't happen to the next person? That's more than I expected.}"
    - else:
        # mood: customer apologise
        # log: courier; system; Same-visit exchange booked for NH-48213, Friday 7 March
        # promise: friday-exchange; customer; by Friday 12:00; Exchange the tables on Friday morning in one visit: the oak delivered, the walnut collected
        You find the exchange still hasn't happened, apologise again and book a same-visit exchange for Friday morning.
        # speaker: customer
        "Friday. Cutting it fine, with her moving in Saturday, but all right. Thank you for ringing. I'd given up on you."
        ~ remedy_kind = 1
        -> friday
    }
    -> check

// The exchange booked on the late call happens before the four-week check, so the promise is seen kept.
=== friday ===
# time: Friday 10:30
# scene: contact-centre
# kept: friday-exchange
# mood: customer resolve
Friday 7 March, 10:30. Pennine tracking: exchange complete. Oak table delivered, walnut table collected, signed O'CONNOR.
-> check

=== check ===
# time: 2025-04-01 09:00
# scene: warehouse
Tuesday 1 April. Four weeks on. Warehouse & Dispatch pick-accuracy report.
{
- process_fixed:
    Pick accuracy 99.8%. Look-alike mis-picks since the change: none. Still to do: the Carra lamp pair (bins B22-01 and B22-02) has not been relabelled.
- bins_relabelled:
    Hollins bins relabelled. Pick accuracy 99.6%. A new look-alike mis-pick on 19 March: a customer in Penrith received the 160 cm Ardley rug instead of the 200 cm.
- else:
    Pick accuracy 99.5%. Two more look-alike mis-picks: Hollins again, and the Ardley rugs.
}
# evidence: pdca
# evidence: partnership-delivery
# ask-before: Four weeks on, the pick-accuracy report is in front of you. What do you do with it?
# ask-after: Which step of plan, do, check, act did our choice complete, and who needed to hear the result?
* [Ask for the pick-accuracy report to come to you every month, so you can keep an eye on it.]
    # score: investigation -1; A monthly report is Check without Act. Watching the figures is not improving them.
    # log: warehouse; email; Requested monthly pick-accuracy report
    Kasia sets up a monthly email. Nobody books a meeting to discuss it.
    -> ending
* [Close the loop with Kasia: go over the figures, agree the next step, and tell Pennine and Amy's team.]
    # score: investigation +2; This is Check and Act: you used the figures to confirm what worked, fixed what's left and made the change standard. Sharing the results keeps both links in the loop.
    # score: partner-communication +1; Feeding the results back to the courier and the contact centre keeps information flowing round the chain, not just along it.
    # trust: warehouse share
    # trust: courier share
    # log: warehouse; meeting; Four-week PDCA review of look-alike picking with Kasia Nowak; results shared with Pennine and the contact centre
    ~ points += 1
    You and Kasia go through the report line by line at bay B14.
    {
    - process_fixed:
        # agree: warehouse; written; Carra lamp pair relabelled and separated by 4 April; look-alike check added to new-product set-up
        # status: warehouse on-track
        You agree with Kasia to do the Carra lamps by Friday and to check for look-alike pairs whenever a new product is set up.
    - else:
        # agree: warehouse; written; All look-alike SKUs separated and relabelled with finish and photo by 4 April; accuracy reviewed again on 29 April
        # status: warehouse on-track
        It's late, but you and Kasia now agree the full fix in writing: every look-alike pair separated and relabelled, with another review in four weeks.
        ~ process_fixed = true
    }
    -> ending
* [Close the improvement action: the fix is in, and no customer has complained for four weeks.]
    # score: investigation -2; Four quiet weeks isn't evidence. The figures are on the report in front of you, and an improvement nobody checks tends to drift back.
    # misconception: self-managing-partnership
    You mark the improvement action as complete.
    -> ending

=== ending ===
{
- courier_trust >= 0:
    ~ points += 1
}
{
- honest && remedy_kind == 1 && process_fixed && not complaint_filed && courier_trust >= 0 && points >= 10:
    -> ending_strong
- points <= 5:
    -> ending_failed
- courier_trust < 0:
    -> ending_partial_courier
- complaint_filed:
    -> ending_partial_repaired
- else:
    -> ending_partial
}

=== ending_strong ===
# scene: office
Mrs O'Connor's lodger moved in on Saturday to the finished oak room she had been promised. The walnut table went back to bin B14-04, which is no longer next to the oak. Pennine's wrong-item code now saves a second van on every exchange.
# ending: strong; Checked, owned and fixed; You checked the records before anyone got the blame, told the customer the truth and put it right in a single visit. With the warehouse you fixed the process rather than the picker, and you shared what you found with the courier. The customer trusts Northway Home more than before, and both partners know you deal straight.
-> END

=== ending_partial ===
# scene: office
{remedy_kind == 1:Mrs O'Connor got her oak table.|The following week Mrs O'Connor's case is reopened: the exchange still hasn't happened.} Some of what caused this, or how it was handled, stayed as it was.
# ending: partial; Put right, but only partly; The customer was looked after, at least in part, but something was left undone: the honest explanation, the root-cause fix, the check that it worked, or the follow-up call. Look back at where you settled for the quick version. The next look-alike mis-pick is a question of when, not if.
-> END

=== ending_partial_repaired ===
# scene: office
{remedy_kind == 1:Mrs O'Connor got her oak table.|Mrs O'Connor is still waiting for her table.} At Pennine Freight, Callum Reid accepted your apology. His driver still remembers being taken off his round to give a statement.
# ending: partial; Recovered from a false start; You raised a complaint against the courier before checking your own records, and the records showed the error was ours. You withdrew it, explained and apologised, which repaired much of the damage, but it cost a partner time and goodwill for nothing. Check internal records first: it takes twenty minutes, and a complaint can't be unsent.
-> END

=== ending_partial_courier ===
# scene: office
{remedy_kind == 1:Mrs O'Connor got her table.|Mrs O'Connor is still waiting for her table.} At Pennine Freight, Callum Reid's team remember {complaint_filed:the complaint|being asked to prove they hadn't swapped the parcel}, and the silence that followed.
# ending: partial; Courier left sore; Whatever you did for the customer, a partner was suspected of an internal error and never properly told what you found. Next time you need a favour from Pennine, such as an urgent exchange or a look at depot CCTV, you will find them slower and more guarded. Checking before blaming, and sharing findings back, would have cost one phone call.
-> END

=== ending_failed ===
# scene: office
{remedy_kind == 1:The oak table arrived in the end.|Mrs O'Connor's lodger moved in on Saturday to a room that wasn't as advertised.} {process_fixed:The bins have been moved, but the damage to trust along the chain has not been repaired.|At bay B14 the same two bins still sit side by side.}
# ending: failed; Wrong table, wrong culprit; Too much of this recovery went the quick way: blame before checking, a remedy or explanation that fell short of what the customer was owed, a process left as it was, or partners left in the dark. Start with the records, own the internal error honestly, give the remedy her rights entitle her to, and fix the process with the people who run it, and share what you found.
-> END
