// Choosing a partner: select a new two-person furniture courier on evidence and values,
// hear internal departments and a customer, interview a bidder, and set up a managed
// partnership (formal contract, KPIs and SLA, communication protocol, escalation route,
// review schedule and a PDCA pilot).

// Points toward the ending, added as the story goes.
VAR pts = 0
// Customer recovery points for Mr Hughes (banded before the selection).
VAR cust = 0
// Finance modelled the total cost per drop.
VAR tco = false
// Ana said what Kestrel needs from Northway.
VAR needs_known = false
// 1 Kestrel, 2 Atlas, 3 Rapid Drop
VAR sel = 0
VAR sla_ok = false
VAR protocol_ok = false
// 0 national with no pilot, 1 pilot with agreed criteria, 2 pilot without criteria
VAR pilot = 0
VAR check_ok = false
VAR hughes_promise = false

# title: Choosing a partner: the two-person courier
# summary: Northway's furniture courier contract ends in January. Weigh three bids on more than price, hear from the warehouse, Finance and a customer, interview a bidder, and set up the new partnership so that it can be managed.
# duration: 15-20
# difficulty: advanced
# location: office
# syllabus: partner-selection
# syllabus: partnership-purpose
# syllabus: map-service-chain
# syllabus: formal-vs-informal
# syllabus: relationship-building
# syllabus: communication-techniques
# syllabus: sla-kpi
# syllabus: pdca
# syllabus: escalation
# syllabus: documenting-agreements
# syllabus: service-standards
# syllabus: legislation
# syllabus: service-recovery
# syllabus: customer-journey
# syllabus: partnership-delivery
# syllabus: partner-feedback-process
# syllabus: crm
# character: customer; Mr Gwyn Hughes; Customer panel member; customer; hughes
# character: warehouse; Marta Nowak; Warehouse & Dispatch team leader; department; nowak
# character: finance; Imran Khan; Finance business partner; department; khan
# character: kestrel; Ana Silva; Operations Director, Kestrel Home Delivery; partner; silva
# character: atlas; Graham Whitworth; Bid manager, Atlas Freight Services; partner; calder
# character: rapid; Callum Reid; Regional manager, Rapid Drop Logistics; partner; reid
# character: head; Daniel Adeyemi; Head of Customer Service; colleague; adeyemi
# partner: kestrel; formal; Bidder for the two-person courier contract. The contract will be formal, with KPIs on on-time delivery and damage rate
# partner: atlas; formal; Bidder for the two-person courier contract. The contract will be formal, with KPIs on on-time delivery and damage rate
# partner: rapid; formal; Bidder for the two-person courier contract. The contract will be formal, with KPIs on on-time delivery and damage rate
# partner: warehouse; informal; Internal department, no contract: loads the courier's vans at 06:00 and sends the daily delivery manifest
# partner: finance; informal; Internal department, no contract: delivery budget, total cost of delivery, invoice checks and service credits

-> brief

=== function courier() ===
{ sel:
- 1: ~ return "Kestrel"
- 2: ~ return "Atlas"
- else: ~ return "Rapid Drop"
}

=== brief ===
# scene: office
Monday 10 November. An email from Daniel Adeyemi, Head of Customer Service.
"Dalesway's contract for two-person furniture delivery ends on 31 January and we're not renewing it long term. Three bids are in. Please lead the evaluation and send me a recommendation by Friday 28 November; the new courier starts on 2 February. The contract is worth about £1m a year, so the Operations Director and I sign it, not you."
Northway's service standards for furniture delivery: two people, to the room of the customer's choice; a two-hour window the day before and a call 30 minutes ahead; on time at least 95%; damage under 1%; complaints acknowledged within one working day and resolved within five; reasonable adjustments offered, recorded and never charged for.
Business objectives this year: cut redeliveries (1,140 last year, about £65 each); keep the average delivery cost near £46 a drop; move to lower-emission delivery partners; grow repeat custom.
Dalesway today: £42 a drop, on time 88%, damage 2.1%. About 1,800 drops a month, 2,600 at the spring sale peak.
# evidence: partner-selection
# evidence: map-service-chain
* [Before opening the bids, turn the standards and objectives into weighted criteria, and line up Warehouse & Dispatch, Finance and the customer panel to test them.]
    # score: investigation +2; Deciding what good looks like before seeing the prices stops the cheapest bid setting the agenda, and the criteria come from your service standards and business objectives.
    # score: partner-communication +1; Planning to hear the departments and customers who live with the courier treats the chain as more than one link.
    ~ pts += 1
    You draft the criteria: service standards 40%, total cost 25%, capacity and reliability 20%, values and sustainability 15%. Then you open the bids.
    -> bids
* [Open the bids and rank them on price per drop first. The budget is tight, and price is the one figure that's certain.]
    # score: investigation -2; Ranking on headline price first lets one number frame everything else. A courier is the last link the customer sees; price alone says nothing about how it treats them or your standards.
    # misconception: ignore-cultural-fit
    You sort the bids by price per drop.
    -> bids
* [Score the bids yourself against Dalesway's contract KPIs, on-time and damage. The departments had their say when that contract was let.]
    # score: investigation -1; The old KPIs measure one thing, the van arriving. They say nothing about calling ahead, complaints or adjustments, which is where Dalesway failed customers.
    # score: partner-communication -1; Leaving out the teams that load the vans and pay the invoices treats the chain as a straight line from van to door.
    # misconception: linear-chain
    You set up a two-column score sheet: on-time and damage.
    -> bids

=== bids ===
# clock: +1h
Bid 1: Rapid Drop Logistics. £38 a drop. On time (its own figures, last 12 months): 91%. Damage: 2.8%. Two-person crew on request at £12 extra. Carries to the first room inside the door; no stairs. Drivers self-employed, paid per drop. Customer contact: an automatic text on the day. Complaints: shared inbox, reply within 10 working days. Diesel fleet. References: "Cheap, and fine for boxes."
Bid 2: Kestrel Home Delivery. £46 a drop. On time: 95%. Damage: 0.9%. Two-person crews as standard, room of choice including stairs, packaging taken away. Drivers employed, paid by the hour, trained in disability awareness. Customer contact: window the day before, driver rings 30 minutes ahead. Complaints: named contact, acknowledged the same day, resolved within two working days; shares a weekly customer-feedback report. 40% electric vans. Size: 18 crews, about 1,900 drops a month. References: "They tell us about problems before our customers do."
Bid 3: Atlas Freight Services. £43 a drop. On time: 97%. Damage: 0.7%. Two-person crews as standard; room of choice on the ground floor, upstairs £15 extra. Drivers through an agency. Customer contact: automatic texts and a tracking app; drivers do not phone customers. Complaints: ticket portal, response within five working days. National, 40,000 drops a month. Emissions reported yearly. References: "Very reliable. Very hard to change anything."
Notes from Daniel's bid clarification calls last week:
# speaker: atlas
"All operational changes go through the quarterly contract review. That's how we keep 97% on time across forty thousand drops a month."
# speaker: rapid
"Our lads are self-employed, paid per drop, so they're motivated, put it that way. Stairs are extra. Feedback? If there's a problem, email the inbox."
-> panel

=== warehouse ===
# clock: +18h
# scene: warehouse
Wednesday 12 November, 10:00. The loading bay. Marta Nowak's team loads the courier's vans at 06:00 every morning.
# speaker: warehouse
"I hear we're getting a new courier. About time. What do you need from me?"
# evidence: map-service-chain
# evidence: relationship-building
* [Ask her what goes wrong at the handover with Dalesway today, and what she'd need from a new courier to make it work.]
    # score: partner-communication +2; Asking the internal team that hands over to the courier what goes wrong, and what they need, brings a link the customer never sees into the decision.
    # trust: warehouse consult
    # log: warehouse; in-person; Marta Nowak on handover problems and what Warehouse needs from a new courier
    ~ pts += 1
    # speaker: warehouse
    "Honestly? Dalesway's vans turn up late, the drivers are on piece rates so they throw stuff in to get away, and half our damage happens in the back of the van, not on the doorstep."
    # speaker: warehouse
    "I want damage checked and photographed at loading, both sides signing, and a list of failed drops every morning. And I'll own this: our orders don't tell the driver about stairs or parking. They arrive and find a third-floor flat. That's on us to fix, whoever wins."
    -> finance
* [Send her the three bids and ask her to rank them by Friday.]
    # score: partner-communication -1; It involves her, but asks for a vote instead of her knowledge of the handover. You get a ranking without the reasons behind it.
    # trust: warehouse consult
    # log: warehouse; email; Sent bids to Marta Nowak for ranking
    On Friday Marta's ranking arrives: "Atlas, Kestrel, Rapid. Atlas turn up on time." No reasons given.
    -> finance
* [Tell her it's in hand. The warehouse only loads the vans; the choice is about the customer.]
    # score: partner-communication -2; The warehouse is part of the service chain: damage, late loading and missing access notes start there. Leaving internal departments out means choosing a courier without knowing half of what goes wrong.
    # misconception: ignore-internal
    # trust: warehouse bypass
    # speaker: warehouse
    "Right. Well, when their van turns up at half six and wants loading in ten minutes, you know where I am."
    -> finance

=== finance ===
# clock: +1d
# scene: office
Thursday 13 November. A call with Imran Khan, Finance business partner for delivery.
# speaker: finance
"Before you ask: Rapid Drop at £38 would save us about eighty-six thousand a year against Dalesway. The board would like that."
# evidence: partner-selection
* [Ask Imran to model the total cost per drop for each bid: price plus surcharges, damage write-offs and redeliveries, not only the headline price.]
    # score: investigation +2; Total cost shows what each bid really costs to run. Surcharges, damage and redeliveries often reverse the order of headline prices.
    # trust: finance consult
    # log: finance; phone; Asked Imran Khan to model total cost per drop for all three bids
    ~ tco = true
    ~ pts += 1
    # speaker: finance
    "Fair. Give me a day."
    Imran's model, Friday morning. Average cost per damaged item £120; redelivery £65. Two-person crews needed on 70% of drops; upstairs on 25%.
    Rapid Drop: £38 + two-person surcharge £8.40 + damage £3.36 + redeliveries (6%) £3.90 = £53.66 a drop.
    Kestrel: £46 + damage £1.08 + redeliveries (2%) £1.30 = £48.38 a drop.
    Atlas: £43 + upstairs surcharge £3.75 + damage £0.84 + redeliveries (2.5%) £1.63 = £49.22 a drop.
    Dalesway today, for comparison: £47.77 a drop.
    # speaker: finance
    "So the cheapest quote is the dearest courier. I'll say that to the board myself."
    -> interview
* [Ask Imran which bids come in within the £46 budget on price.]
    # score: investigation -1; It's a fair budget question, but price per drop leaves out surcharges, damage and redeliveries, the costs that made Dalesway expensive. Choosing on price alone also ignores how a partner works.
    # misconception: ignore-cultural-fit
    # trust: finance consult
    # speaker: finance
    "Rapid and Atlas, comfortably. Kestrel's bang on forty-six."
    -> interview
* [Leave Finance until the recommendation is written. They'll only push for the cheapest.]
    # score: partner-communication -2; Finance holds the figures that show what a courier really costs, and will have to defend the choice. Assuming what an internal partner will say, instead of asking, neglects a link in the chain.
    # misconception: ignore-internal
    # trust: finance bypass
    You note "Finance: later" and move on.
    -> interview

=== panel ===
# clock: +5m
Monday, 11:00. Before going further you ring a member of Northway's customer panel who left a comment about delivery.
CRM: Mr Gwyn Hughes, 74, Cardiff. Fenwick double wardrobe, £689, delivered by Dalesway on 23 October. Complaint logged 24 October: "Left in the hallway in its box. No call first." Status: "Awaiting courier response". Delivery preferences recorded: none.
# speaker: customer
# mood: customer fail
"Yes, hello. You're ringing about the delivery, are you? Well. I use a wheelchair. It takes me a minute to get to the door. They knocked once, put a card through, and went. Next day they came back and left the thing in the hall, in its box, and drove off before I'd even got my coat off the chair."
# evidence: service-recovery
# evidence: customer-journey
* [Let him finish, then ask what a good delivery would look like for him, and say back what the last one has meant for him.]
    # score: listening +2; Letting him tell it and asking what good looks like for him hears the impact and the need. The panel call becomes both feedback and a chance to put things right.
    # mood: customer listen
    ~ cust += 1
    # speaker: customer
    "A good delivery? Somebody ringing half an hour before, and waiting a minute at the door. Putting it in the room it's for. That's all. It's been in my hall three weeks. I have to go sideways past it."
    -> remedy
* [Tell him that was Dalesway, and it's exactly why Northway is replacing them.]
    # score: ownership -2; His contract is with Northway, and the courier works for us. Blaming the outgoing partner in front of him passes the problem down the chain and leaves his wardrobe in the hall.
    # mood: customer blame-partner
    # misconception: outsourcing-responsibility
    ~ cust -= 1
    # speaker: customer
    "Well, I didn't buy it from Dalesway. I bought it from you. It's been in my hall three weeks. I have to go sideways past it."
    -> remedy
* [Keep to the panel questions: ask him to rank price, speed and a timed call by importance.]
    # score: listening -1; The panel script matters, but he has just told you about a failure that is still in his hallway. Sticking to the questions misses both the person and the most useful feedback you will get.
    # mood: customer dismiss
    # speaker: customer
    "A call, obviously. Nobody rang me. And I'll tell you something else: it's been in my hall three weeks. I have to go sideways past it."
    -> remedy

=== remedy ===
# clock: +5m
Northway's local fitting service, a two-person team that works with Northway on an informal arrangement (no contract), has a slot tomorrow morning.
# evidence: legislation
# evidence: crm
* [Apologise that it's been left three weeks, book the fitting team to move and build it in his bedroom tomorrow at no charge, record his needs (a call 30 minutes ahead, time to reach the door) on his customer record, and promise to ring him once it's done.]
    # score: remedy +2; The remedy matches the failure: the service he paid for (two people, room of choice) is delivered, quickly and at our cost.
    # score: compliance +2; Recording his adjustments means every future delivery anticipates them, and he is never charged for them, as the Equality Act 2010 expects of a service provider.
    # score: ownership +1; A specific apology for the three weeks, without pointing at Dalesway, owns the problem.
    # mood: customer apologise
    # mood: customer reassure
    # promise: hughes-call; customer; +30h; Ring Mr Hughes once the fitting team has moved and built the wardrobe
    # log: customer; phone; Apologised; fitting team booked Tue 11 Nov to move and build wardrobe, no charge; adjustments recorded on CRM
    ~ cust += 2
    ~ hughes_promise = true
    # speaker: customer
    "Tomorrow? Well, I wasn't expecting that. I'll be in. Let it ring, mind. I get there."
    -> callback
* [Apologise, and offer him a £40 voucher for the trouble.]
    # score: remedy -2; The wardrobe would still be in his hallway. A voucher without putting the failure right is compensation in place of a remedy.
    # misconception: compensation-not-process
    # mood: customer apologise
    # log: customer; phone; £40 voucher offered for delivery complaint
    # speaker: customer
    "Forty pounds. And who's going to get it out of my hall, the voucher?"
    -> callback
* [Chase Dalesway to send a crew back to move it. It was their delivery, and their contract still runs until January.]
    # score: remedy -1; Dalesway should answer for it, but that is Northway's conversation to have with them. He has already waited three weeks in their queue; the remedy is ours to deliver now.
    # score: ownership -1; Putting him back in the failing partner's queue treats his problem as theirs to fix, not ours.
    # misconception: outsourcing-responsibility
    # log: customer; phone; Told customer Dalesway would be asked to return
    ~ cust -= 1
    # speaker: customer
    "Dalesway. Again. Right. I'll not hold my breath."
    -> callback
* [Offer the fitting team to move and build it, at the usual £35 assembly charge, and record his needs for next time.]
    # score: compliance -2; Putting the wardrobe in the room of his choice was part of the two-person delivery he paid for, and the extra help he needs because of his disability is a reasonable adjustment: under the Equality Act 2010 he can't be charged for it.
    # score: remedy -1; Charging him to receive the service he already paid for is not a fair remedy.
    # log: customer; phone; Offered wardrobe move and assembly at £35
    # speaker: customer
    "Thirty-five pounds, to get what I paid for in the first place? I'll think about it."
    -> callback

=== callback ===
# clock: +28h
Tuesday 11 November, 15:00.
{not hughes_promise: Mr Hughes's case is still open on the CRM.}
{not hughes_promise: -> callback_done}
The fitting team's job sheet: "Wardrobe moved to front bedroom, assembled and fixed to wall. Packaging removed. Customer pleased."
# evidence: service-recovery
* [Ring him as promised, and let it ring: his record says he needs time to reach the phone.]
    # score: follow-through +2; Keeping the promise in the way he asked for (letting it ring) closes the loop and shows the adjustment on his record is real.
    # kept: hughes-call
    # mood: customer keep-promise
    # mood: customer exceed
    # log: customer; phone; Follow-up call: wardrobe in place; customer satisfied
    ~ cust += 1
    # speaker: customer
    "It's grand. They even asked where I wanted it. And you rang, and you waited. I'll say that on your panel, if anybody asks."
    -> callback_done
* [The job sheet says he's pleased. Email him a thank-you for his panel feedback instead of ringing: it's in writing and he can read it when it suits him.]
    # score: follow-through -1; You promised to ring, and he told you how to reach him. An email in place of the promised call leaves the loop open and the promise broken.
    # log: customer; email; Thank-you email sent after wardrobe job
    ~ cust -= 1
    Email sent at 15:10.
    -> callback_done

=== callback_done ===
{
- cust >= 3:
    ~ pts += 2
- cust >= 1:
    ~ pts += 1
}
~ cust = 0
~ hughes_promise = false
-> warehouse

=== interview ===
# clock: +4d
# scene: office
Monday 17 November. Kestrel asked to meet before the decision. Ana Silva, its Operations Director, is with you.
# speaker: kestrel
"Thanks for seeing me. I'll be straight: we're smaller than Atlas, and I know that's the worry."
# evidence: communication-techniques
# evidence: partnership-purpose
* [Ask open questions: how would Kestrel cover the spring peak, what happens on a bad day, and what does Kestrel need from Northway to do a good job?]
    # score: partner-communication +2; Open questions test the real risk (capacity) and asking what they need from you starts the partnership two-way. A courier can only be as good as the information it is given.
    # trust: kestrel consult
    # log: kestrel; meeting; Interview with Ana Silva: peak capacity, bad-day handling, what Kestrel needs from Northway
    ~ needs_known = true
    # speaker: kestrel
    "Peak: we'd recruit and train eight more crews, employed, by the first of March, if the contract's signed by the tenth of December. A bad day: we ring the customer before they ring you, and you hear from us the same morning."
    # speaker: kestrel
    "What we need from you: stairs, lifts and parking on the order, and the manifest by two o'clock the day before. Half of what goes wrong on a doorstep starts at the checkout."
    -> select
* [Go through Northway's requirements one by one and ask her to confirm that Kestrel can meet each.]
    # score: partner-communication -1; It checks the boxes, but it is one-way: you learn what they'll promise, not what they need from Northway or how they work when things go wrong.
    # misconception: linear-chain
    # trust: kestrel consult
    # speaker: kestrel
    "Yes, yes, yes. Yes. Peak capacity, subject to volumes; we'd need to recruit. Is there anything you'd like to ask me that isn't on the list?"
    -> select
* [Tell her Atlas is cheaper on price, and ask her to match £43 a drop.]
    # score: partner-communication -1; Negotiating on price before you understand what the price buys puts her on the back foot, and pushes a values-led partner to cut exactly what you value.
    # misconception: ignore-cultural-fit
    # trust: kestrel pressure
    # speaker: kestrel
    "I can't get to forty-three without paying drivers by the drop, and I won't do that. That's why our damage rate is what it is. I could do forty-five on a three-year term. And I'd need the contract signed by the tenth of December to recruit for your peak."
    -> select

=== select ===
# clock: +1d
Tuesday 18 November. Time to decide what to recommend.
{tco: Total cost per drop (Finance): Kestrel £48.38, Atlas £49.22, Rapid Drop £53.66; Dalesway today £47.77.|Price per drop: Rapid Drop £38, Atlas £43, Kestrel £46; Dalesway today £42. Total cost not modelled.}
Against the standards: Kestrel meets every one. Atlas beats the on-time and damage targets but doesn't call ahead, charges for upstairs, and takes five days on complaints. Rapid Drop misses on-time, damage, room of choice and complaints.
Risks: Kestrel is smaller (18 crews; a peak plan needed). Atlas changes things only quarterly. Rapid Drop pays drivers by the drop.
# evidence: partner-selection
# evidence: service-standards
* [Recommend Kestrel: it meets every service standard and shares Northway's values on drivers and customers. Manage its size with a pilot, a written plan for the spring peak, and Atlas as the named fallback.]
    # score: investigation +3; A clear rationale against standards and objectives: Kestrel fits how Northway wants customers treated, and on Finance's total-cost figures it is also the cheapest to run. The size risk is named and managed, not ignored.
    # score: compliance +1; Kestrel already calls ahead and carries to the room of choice, so adjustments like Mr Hughes's can be delivered as standard and never charged for.
    ~ sel = 1
    ~ pts += 2
    You write the recommendation around Kestrel.
    -> signoff
* [Recommend Atlas: the best on-time and damage figures and national scale. Its rigid communication can be handled at the quarterly reviews.]
    # score: investigation -1; The KPIs are strong, but a partner that will only change things quarterly, won't phone customers and charges for upstairs breaks several service standards. Good numbers don't make a feedback loop.
    # score: compliance -1; Atlas drivers don't phone ahead, and upstairs costs extra. Customers who need adjustments would depend on workarounds, and Northway could never pass that cost on to a disabled customer.
    # misconception: linear-chain
    ~ sel = 2
    ~ pts += 1
    You write the recommendation around Atlas.
    -> signoff
* [Recommend Rapid Drop: the lowest price per drop by a distance. Tight KPIs in the contract will fix the rest.]
    # score: investigation -3; Chosen on price alone. Piece-rate drivers, no stairs and no way to share customer feedback clash with Northway's standards and values, and a contract can't write culture into a partner. Its total cost is the highest too.
    # misconception: ignore-cultural-fit
    ~ sel = 3
    You write the recommendation around Rapid Drop.
    -> signoff

=== signoff ===
~ tco = false
# clock: +2h
The contract is worth about £1m a year. Daniel and the Operations Director sign it; your job is the recommendation.
# evidence: escalation
# evidence: partner-selection
* [Send Daniel a two-page recommendation: the criteria, how each bid scored, total cost, the risks and how you'd manage them, what Warehouse, Finance and the customer panel said, and your proposal.]
    # score: escalation +2; A decision above your authority goes up with a summary, the evidence and a proposal, so the people who sign can decide quickly and know what they are signing.
    # log: head; email; Courier recommendation sent to Daniel Adeyemi: criteria, scores, total cost, risks and proposal
    ~ pts += 1
    # speaker: head
    "This is what I needed. I've taken it to the Operations Director; you have our approval. Set it up properly."
    -> sla
* [Ring the bidder you're recommending and tell them unofficially that they've won, so they can start preparing now. The paperwork can follow.]
    # score: escalation -2; Committing Northway to a £1m contract is beyond your authority, and an unofficial verbal "yes" leaves no record of what was promised. The bidder may act on it before anyone has signed.
    # misconception: undocumented-agreement
    { sel:
    - 1:
        # agree: kestrel; verbal; Told Kestrel unofficially it had won the contract
        # trust: kestrel agree-verbal
        Ana is delighted and says she'll start recruiting tomorrow.
    - 2:
        # agree: atlas; verbal; Told Atlas unofficially it had won the contract
        # trust: atlas agree-verbal
        Graham says he'll "pencil it in pending paperwork".
    - else:
        # agree: rapid; verbal; Told Rapid Drop unofficially it had won the contract
        # trust: rapid agree-verbal
        Callum says he'll "get the lads lined up".
    }
    # speaker: head
    "You told them what? Nothing is agreed until the Operations Director and I sign. Send me the recommendation properly, today. We'll approve it, but don't do that again."
    -> sla
* [Forward all three bids to Daniel and ask him to choose. It's his budget.]
    # score: escalation -1; Passing it up is right for a decision of this size, but without a summary or a proposal you hand over the work, not the decision. Escalation should come with your analysis and a recommendation.
    # log: head; email; Forwarded three courier bids to Daniel Adeyemi for a decision
    # speaker: head
    "I asked you to lead this. Which one, and why? Put your recommendation on a page and I'll sign it off."
    You write it up that afternoon, and Daniel approves {courier()}.
    -> sla

=== sla ===
# clock: +10d
Friday 28 November. {courier()} is approved; the contract must be signed by 10 December.
Northway runs its courier, supplier and contact-centre partnerships on formal contracts. The local fitting service Northway uses for assembly works on an informal arrangement: no contract, goodwill and a phone call.
# evidence: formal-vs-informal
# evidence: sla-kpi
# evidence: documenting-agreements
* [Write a formal contract with an SLA schedule: on time at least 95%, damage under 1%, call-ahead at least 98%, complaints acknowledged the same working day and resolved within five, adjustments delivered as recorded, service credits as the contract sets out, and Northway's side too (access notes on every order, manifest by 14:00).]
    # score: partner-communication +2; A formal contract with measurable KPIs and obligations on both sides gives the partnership agreed standards and something to manage against. Writing down Northway's side makes it a partnership, not a purchase.
    ~ sla_ok = true
    ~ pts += 1
    { sel:
    - 1:
        # agree: kestrel; written; Contract and SLA schedule: KPIs, complaints, adjustments, service credits, Northway obligations
        # trust: kestrel agree-written
        Ana reads it and signs on 8 December.{needs_known: "You've put our manifest deadline in. Nobody's ever done that."}
    - 2:
        # agree: atlas; written; Contract and SLA schedule: KPIs, complaints, adjustments, service credits, Northway obligations
        # trust: atlas agree-written
        Atlas signs on 9 December, striking out the call-ahead KPI "pending the April quarterly review".
    - else:
        # agree: rapid; written; Contract and SLA schedule: KPIs, complaints, adjustments, service credits, Northway obligations
        # trust: rapid agree-written
        Rapid Drop signs on 9 December without comment.
    }
    -> protocol
* [Start on a letter of intent and a handshake, as with the fitting service, and write the SLA once you've seen how they perform.]
    # score: partner-communication -2; A handshake suits a small informal arrangement like the fitting service. A £1m courier contract needs a formal SLA from day one: without agreed standards there is nothing to hold either side to.
    # misconception: no-sla-protocol
    { sel:
    - 1:
        # agree: kestrel; verbal; Letter of intent; SLA to be written after go-live
        # trust: kestrel agree-verbal
        Ana accepts, though she asks twice what the KPIs will be.
    - 2:
        # agree: atlas; verbal; Letter of intent; SLA to be written after go-live
        # trust: atlas agree-verbal
        Atlas replies that it will work to its standard terms until a contract is signed.
    - else:
        # agree: rapid; verbal; Letter of intent; SLA to be written after go-live
        # trust: rapid agree-verbal
        Rapid Drop is happy to start on that basis.
    }
    -> protocol
* [Reuse Dalesway's contract as it stands. It already has on-time and damage KPIs, and it saves weeks of drafting.]
    # score: partner-communication -1; The old contract measures only the van arriving: nothing on calling ahead, complaints, adjustments or sharing feedback, the gaps that failed customers like Mr Hughes.
    # misconception: no-sla-protocol
    { sel:
    - 1:
        # agree: kestrel; written; Dalesway contract terms re-used: on-time and damage KPIs only
        # trust: kestrel agree-written
        Kestrel signs the re-used contract.
    - 2:
        # agree: atlas; written; Dalesway contract terms re-used: on-time and damage KPIs only
        # trust: atlas agree-written
        Atlas signs the re-used contract.
    - else:
        # agree: rapid; written; Dalesway contract terms re-used: on-time and damage KPIs only
        # trust: rapid agree-written
        Rapid Drop signs the re-used contract.
    }
    -> protocol

=== protocol ===
~ needs_known = false
# clock: +3d
Next: how Northway and {courier()} will talk to each other day to day, and what happens when something goes wrong.
# evidence: relationship-building
# evidence: communication-techniques
* [Agree a communication protocol: named contacts on both sides, a daily exceptions report by 10:00, a weekly call on customer feedback both ways, a monthly performance review and a quarterly relationship review, and a three-step escalation route with response times (you and their operations manager; then Daniel and their director).]
    # score: partner-communication +2; Named contacts, a daily report, a weekly two-way feedback call and a fixed review schedule give the partnership clear channels and regular maintenance, and the feedback loop runs both ways.
    # score: escalation +1; A stepped route with response times sends each issue to the lowest level that can fix it, and leaves the top of the ladder for what really needs it.
    ~ protocol_ok = true
    ~ pts += 1
    { sel:
    - 1:
        # agree: kestrel; written; Communication protocol: contacts, daily exceptions report, weekly feedback call, monthly and quarterly reviews, escalation route
        # trust: kestrel agree-written
        # speaker: kestrel
        "A weekly call where you tell us what customers say and we tell you what we see? Yes please."
    - 2:
        # agree: atlas; written; Communication protocol: contacts, daily exceptions report, quarterly reviews, escalation route; weekly call and monthly review declined
        # trust: atlas agree-written
        # speaker: atlas
        "Daily report, fine, it's automated. Weekly calls and monthly reviews aren't in our model. Use the portal, and we'll see you at the quarterly."
    - else:
        # agree: rapid; written; Communication protocol: contacts, daily exceptions report, weekly feedback call, monthly and quarterly reviews, escalation route
        # trust: rapid agree-written
        # speaker: rapid
        "Weekly call, aye, fine. I'll dial in when I can."
    }
    -> pilot_plan
* [Keep it informal: add their drivers and controllers to the Northway dispatch WhatsApp group, so everyone can sort things out as they come up.]
    # score: partner-communication -2; Quick, friendly, and no governance: no named owners, no record, no route for anything serious. A contracted partner is not simply an extension of the team.
    # score: compliance -1; Customers' names, addresses and phone numbers would end up in a chat group outside any agreed, secure channel.
    # misconception: partnership-is-teamwork
    { sel:
    - 1:
        # trust: kestrel support
        Ana's controllers join the group. It gets busy.
    - 2:
        # trust: atlas support
        Atlas's controllers join the group, then stop replying to it after a week.
    - else:
        # trust: rapid support
        Rapid Drop's drivers join the group. It gets very busy.
    }
    -> pilot_plan
* [Route every issue straight to Daniel and their managing director, so problems are taken seriously from the start.]
    # score: escalation -2; Sending everything to the top swamps the people who should deal with the serious cases, and takes problems away from those best placed to fix them quickly. Escalation is for what is outside your authority or high-risk.
    # log: head; email; Protocol: all courier issues to Head of Customer Service and courier MD
    # speaker: head
    "Every late van comes to me? No. Sort out a proper route, with you first."
    -> pilot_plan

=== pilot_plan ===
# clock: +1d
Last decision before go-live on 2 February: how to start.
# evidence: pdca
# evidence: partnership-delivery
* [Run a three-month pilot in the North region (about 40% of drops): weekly KPI checks, go/no-go criteria agreed in advance, and a decision at the end of April before national roll-out.]
    # score: follow-through +2; A pilot with agreed criteria is PDCA in practice: plan, try it at a manageable scale, check against the figures, then decide. It also tests the new partner before the spring peak.
    # score: investigation +1; Agreeing the go/no-go criteria in advance means the decision in April rests on evidence.
    ~ pilot = 1
    ~ pts += 1
    Pilot agreed: North region from 2 February; go/no-go on 30 April; national roll-out in May if it passes. Dalesway covers the other regions on a three-month extension, agreed in writing.
    -> pilot_check
* [Go national from 2 February. The courier is ready and knows what Northway expects, and the annual review will show how it's going.]
    # score: follow-through -2; Signing is the start of managing a partner, not the end. With no pilot and nothing checked until the annual review, problems will be found by customers first.
    # misconception: self-managing-partnership
    ~ pilot = 0
    National go-live set for 2 February.
    -> pilot_check
* [Pilot in the North region, and see how it feels after a few weeks before deciding.]
    # score: follow-through -1; A pilot is a good idea, but with no agreed criteria or review date, "how it feels" will decide, and there is nothing to act on.
    ~ pilot = 2
    Pilot agreed: North region from 2 February. No end date or criteria set. Dalesway covers the other regions on an extension.
    -> pilot_check

=== pilot_check ===
# clock: +104d
Friday 13 March. Six weeks in.
{ sel:
- 1:
    # sla: go-no-go; kestrel; +1200h; Criteria for 30 April: on time at least 95%, damage under 1%, call-ahead at least 98%
    Kestrel, weeks 1 to 6: on time 96%. Damage 0.8%. Call-ahead made 91% (target 98%). Complaints: 4, all resolved within two days.
    # status: kestrel at-risk
    Complaint themes: "Nobody rang before they came," three times.
- 2:
    # sla: go-no-go; atlas; +1200h; Criteria for 30 April: on time at least 95%, damage under 1%, call-ahead at least 98%
    # status: atlas at-risk
    Atlas, weeks 1 to 6: on time 97%. Damage 0.6%. Call-ahead: not done. Complaints: 31. Themes: no phone call before arrival; upstairs refused unless paid; three customers with recorded access needs left with items in the hall; portal replies taking five days.
- else:
    # sla: go-no-go; rapid; +1200h; Criteria for 30 April: on time at least 95%, damage under 1%, call-ahead at least 98%
    # status: rapid breached
    Rapid Drop, weeks 1 to 6: on time 90%. Damage 3.1%. Call-ahead: not done. Complaints: 64. Themes: stairs refused, rough handling, drivers leaving before customers reach the door. Two drivers have quit the scheme.
}
# evidence: partnership-delivery
# evidence: partner-feedback-process
* [Share the figures and the complaints with the courier, ask what is behind them, and check what Northway's side contributes too.]
    # score: investigation +2; Sharing the data and asking the partner's view, while checking your own processes, is joint problem-solving. The cause is often in the handover between you.
    # score: partner-communication +1; Feedback goes both ways: you give them the customers' view and ask for theirs.
    ~ check_ok = true
    ~ pts += 1
    -> check_result
* [Issue a formal KPI notice under the contract. The numbers are what they signed up to.]
    # score: escalation -1; Going formal at the first miss, before asking why, escalates what a conversation might fix, and it may land a Northway problem on the partner.
    # misconception: blame-before-checking
    { sel:
    - 1:
        # trust: kestrel pressure
        {sla_ok: The notice goes to Kestrel.|With no SLA schedule, there is no KPI to cite; the notice goes as a letter of concern.}
    - 2:
        # trust: atlas pressure
        {sla_ok: The notice goes to Atlas.|With no SLA schedule, there is no KPI to cite; the notice goes as a letter of concern.}
    - else:
        # trust: rapid pressure
        {sla_ok: The notice goes to Rapid Drop.|With no SLA schedule, there is no KPI to cite; the notice goes as a letter of concern.}
    }
    -> check_result
* [Leave it until the end-of-pilot review. It's only six weeks in, and the headline on-time figure looks fine.]
    # score: follow-through -2; Waiting while customers complain assumes the partnership will sort itself out. Monitoring means acting on what the checks show, when they show it.
    # misconception: self-managing-partnership
    { sel:
    - 1:
        # trust: kestrel ignore
        You file the figures.
    - 2:
        # trust: atlas ignore
        You file the figures.
    - else:
        # trust: rapid ignore
        You file the figures.
    }
    -> check_result

=== check_result ===
# clock: +2d
{ sel:
- 1:
    -> result_kestrel
- 2:
    -> result_atlas
- else:
    -> result_rapid
}

=== result_kestrel ===
{ check_ok:
    # speaker: kestrel
    "Thanks for bringing it straight to us. Our drivers ring every customer half an hour out. One number in nine we get from you is a landline nobody's at, or it's missing. Your checkout has the mobile as optional, and store orders key in the home phone."
    # speaker: kestrel
    "If the checkout asked for 'a number we can reach you on, on the day', I think most of this goes away."
    # log: kestrel; phone; Kestrel feedback: missing or landline numbers behind missed call-aheads; Northway to change checkout and store order form
    # agree: kestrel; written; Northway to make a delivery-day mobile number mandatory at checkout and on store orders from 23 March
    # trust: kestrel thank
    # status: kestrel on-track
    Northway changes the checkout and the store order form on 23 March: feedback from the partner changing Northway's own process. By week 12, call-ahead is at 98.6%.
- else:
    Nobody asks Kestrel why the calls are missed. Call-ahead stays around 91%. Ana raises it herself in April: one number in nine from Northway's checkout is a landline or missing. By then the pilot is nearly over.
}
-> go_no_go

=== result_atlas ===
{ check_ok:
    # speaker: atlas
    "I hear you. But phoning customers isn't in our model, and upstairs is priced as an extra. Any change goes to the quarterly review in April. I can log it on the portal."
    # log: atlas; phone; Shared pilot complaints; Atlas will consider changes at the April quarterly review
    Northway adds access notes to orders, which cuts the upstairs disputes a little. The rest waits for April.
- else:
    Atlas's figures stay green on on-time and damage. The complaints keep coming.
}
-> go_no_go

=== result_rapid ===
{ check_ok:
    # speaker: rapid
    "Look, I'll be honest with you. The lads get paid per drop. If they wait two minutes at a door or carry up three flights, that's money out of their pocket. I can't change that without changing the price."
    # log: rapid; phone; Rapid Drop: piece rates drive rushing and stair refusals; no change possible at current price
    You now know the problem is built into how Rapid Drop works, not a bad few weeks.
- else:
    Rapid Drop's complaint count passes a hundred by the end of March.
}
-> go_no_go

=== go_no_go ===
# clock: +48d
Thursday 30 April. {pilot == 1: The go/no-go review, against the criteria agreed in November.|{pilot == 2: The pilot has no agreed end; you call a review anyway.|National go-live has run for three months; the annual review is nine months away.}}
{ sel:
- 1:
    { check_ok:
        # sla-met: go-no-go
        Kestrel: on time 96%, damage 0.8%, call-ahead 98.6%. Complaints down by two-thirds on Dalesway's. The eight new crews started on 1 March, as Ana promised.
    - else:
        # sla-breached: go-no-go
        Kestrel: on time 96%, damage 0.8%, call-ahead 92%. Good figures with one stubborn gap that nobody worked on together.
    }
- 2:
    # sla-breached: go-no-go
    Atlas: on time 97%, damage 0.6%, call-ahead not done. 88 complaints in three months, most about not being phoned or items left downstairs.
- else:
    # sla-breached: go-no-go
    Rapid Drop: on time 89%, damage 3.3%, 190 complaints, redeliveries at 7%.
}
-> ending_choice

=== ending_choice ===
{sel == 3 and pilot != 1: -> ending_failed}
{pts <= 5: -> ending_failed}
{sel == 1 and pilot == 1 and pts >= 10: -> ending_strong}
{ sel:
- 1: -> ending_partial_kestrel
- 2: -> ending_partial_atlas
- else: -> ending_partial_rapid
}

=== ending_strong ===
Kestrel rolls out nationally in May. Redeliveries fall by half; damage is under 1%; customers with recorded adjustments get the call, the wait at the door and the room they asked for, every time.
Mr Hughes, still on the panel, tells the next meeting that the new drivers "ring, and wait".
Warehouse photographs every load with Kestrel's drivers at 06:00; Finance reports a total cost of £47.90 a drop, level with Dalesway's for a far better service. The weekly feedback call carries on, and the checkout now asks for a number you can be reached on.
# ending: strong; A partner chosen on evidence and values; You chose on a clear rationale against service standards and business objectives, heard the internal departments and a customer, interviewed the bidder two ways, and set up a formal contract, SLA, communication protocol, escalation route and a PDCA pilot. When the pilot found a gap, partner feedback changed Northway's own process.
-> END

=== ending_partial_kestrel ===
Kestrel was the right choice, and it shows in the damage and on-time figures. But parts of the partnership were left to chance: {not sla_ok: there was no proper SLA to measure against|{not protocol_ok: day-to-day contact never had a clear channel or escalation route|{pilot != 1: the pilot had no agreed criteria, so the roll-out decision rested on feelings|{not check_ok: when the call-ahead gap appeared, nobody asked Kestrel why|the groundwork (hearing the departments and the customer, and the sign-off) was thin}}}}.
Kestrel goes national in May. The relationship is good, but it depends on Ana and you more than on anything written down.
# ending: partial; Right partner, loose ties; You picked a partner that fits Northway's standards and values, but a good choice still needs agreed standards, clear channels, a tested start and active monitoring. Without them, the partnership depends on goodwill.
-> END

=== ending_partial_atlas ===
Atlas's vans arrive on time and undamaged, and the dashboard is green on the two KPIs that Atlas was chosen for.
But customers who need a call first, or a wardrobe carried upstairs, keep ringing Northway, and each change request waits for the quarterly review. Finance is paying the upstairs surcharge on a quarter of drops.{pilot == 1: The pilot's criteria show the gap plainly, and Daniel asks you to reopen talks with Kestrel for the autumn.}
# ending: partial; Reliable on paper; You set up a workable partnership with a courier that is strong on the numbers, but its rigid communication and charges clash with Northway's service standards. The chain now has a link that cannot hear feedback between quarterly reviews.
-> END

=== ending_partial_rapid ===
The pilot did its job. Against the criteria agreed in November, Rapid Drop misses on on-time, damage and complaints, and the go/no-go says no.
Daniel activates the fallback: Northway reopens talks with Kestrel, and Dalesway's extension covers the gap. Customers in the North had three bad months; the rest of the country never saw Rapid Drop.
# ending: partial; Caught by the pilot; Choosing on price alone was a mistake, but the governance you set up (a pilot with agreed criteria, a contract and monitoring) limited the damage and gave Northway the evidence to change course.
-> END

=== ending_failed ===
{ sel:
- 3:
    Rapid Drop now delivers all of Northway's furniture. Damage is over 3%, redeliveries are up, and the complaints inbox has a queue. The cheapest quote has become the most expensive courier Northway has had.
- 2:
    Atlas delivers on time, but complaints about calls, stairs and slow replies rise every month, and nobody has the channels or agreed standards to change it before the quarterly review.
- else:
    Kestrel is a good courier working in a partnership nobody is managing: no agreed standards, no clear channels, and problems found by customers first.
}
Mr Hughes has left the customer panel.
# ending: failed; Signed and forgotten; The courier was chosen, or the partnership set up, without the groundwork: internal departments and customers were not properly heard, standards were not written into the agreement, and nothing checked performance until customers complained.
-> END
