// Choosing a partner: decide why Northway partners for delivery at all, select a new
// two-person furniture courier on evidence and values (service standards, accessible
// booking and contact, data protection, total cost), hear internal departments and a
// customer, interview a bidder, and set up a managed partnership (formal contract with
// an SLA and UK GDPR processor terms, communication protocol, escalation route, review
// schedule and a PDCA pilot).

// Points toward the ending, added as the story goes.
VAR pts = 0
// Customer recovery points for Ms Rahman (banded before the selection).
VAR cust = 0
// Finance modelled the total cost per drop.
VAR tco = false
// Joanna said what Kestrel needs from Northway.
VAR needs_known = false
// 1 Kestrel, 2 Atlas, 3 Rapid Drop
VAR sel = 0
VAR sla_ok = false
VAR protocol_ok = false
// 0 national with no pilot, 1 pilot with agreed criteria, 2 pilot without criteria
VAR pilot = 0
VAR check_ok = false
VAR rahman_promise = false

# title: Choosing a partner: the two-person courier
# summary: Northway's furniture courier contract ends in January. Decide what a delivery partner should add, weigh three bids on more than price, hear from the warehouse, Finance and a customer, interview a bidder, and set up the new partnership so that it can be managed.
# duration: 15-20
# difficulty: advanced
# location: office
# start: 2025-11-10 09:00
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
# character: customer; rahman-nadia
# character: warehouse; marsh-dean
# character: finance; khan-imran
# character: kestrel; price-joanna
# character: atlas; shaw-martin
# character: rapid; hollis-steve
# character: head; adeyemi-daniel
# partner: kestrel
# partner: atlas
# partner: rapid
# partner: warehouse
# partner: finance
# tutor-outcome: Set weighted selection criteria from Northway's service standards and business objectives before looking at prices.
# tutor-outcome: Bring in the internal departments and the customers who live with the courier, and judge bids on total cost and cultural fit, not headline price.
# tutor-outcome: Explain the purpose of a service partnership: it adds capability, while the customer and the accountability stay with Northway.
# tutor-outcome: Recommend a partner with a clear rationale, and take a decision above your authority up with a summary and a proposal.
# tutor-outcome: Set up a formal partnership properly: an SLA with duties on both sides, UK GDPR Art. 28 processor terms, a communication and escalation protocol, and a pilot with agreed go/no-go criteria.
# tutor-marking: partner-selection; Criteria drawn from the service standards and objectives, total cost from Finance, and a recommendation that weighs how each courier treats customers.
# tutor-marking: partnership-purpose; Deciding whether to build a Northway delivery team or partner: a specialist extends what Northway can do, while the customer stays Northway's.
# tutor-marking: formal-vs-informal; A £1m courier contract needs a formal SLA and processor terms from day one, unlike the informal arrangement with Kirkgate Fitting.
# tutor-marking: relationship-building; Open questions to Kestrel about the peak and what it needs from Northway, then a protocol of named contacts, weekly two-way feedback and reviews.
# tutor-marking: partner-feedback-process; Six weeks into the pilot, sharing the figures and complaints with the courier and asking what lies behind them, including Northway's own part.
# tutor-marking: map-service-chain; Seeing the warehouse handover, Finance and the customer's doorstep as links the new courier joins.
# tutor-marking: communication-techniques; Speaking to Ms Rahman through the interpreter, not about her, and asking what a good delivery looks like for her.
# tutor-model: Turn the standards and objectives into weighted criteria before opening the bids. Hear Ms Rahman out and ask what a good delivery looks like for her. Complete her delivery through Kirkgate at Northway's cost and record text only. Text her afterwards as promised, with goodwill for her lost day's pay. Ask Dean what goes wrong at the handover and what he needs. Ask Imran for the total cost per drop. Partner rather than build, keeping the customer Northway's. Ask Kestrel open questions about the peak and what it needs. Recommend Kestrel with a pilot and a peak plan. Send Daniel two pages with your proposal. Write a formal contract with an SLA schedule, Northway's own duties and Art. 28 terms. Agree a protocol with named contacts, reports, feedback calls and a stepped escalation route. Pilot in the North with go/no-go criteria agreed now. Six weeks in, share the figures with the courier and check Northway's own side too.
# tutor-wrong-turn: Ranking the bids on price per drop first. One number frames everything, and price says nothing about how the courier treats customers.
# tutor-wrong-turn: Telling Ms Rahman it was Pennine's crew. The courier works for Northway, and her contract is with Northway.
# tutor-wrong-turn: Charging her to carry the wardrobe upstairs. She paid for delivery to the room of her choice.
# tutor-wrong-turn: Partnering so that late vans and breakages become the courier's problem. Partnering adds capability, it doesn't hand over responsibility.
# tutor-wrong-turn: Recommending the cheapest bid and relying on the contract to fix the rest. Phone-only booking shuts out Deaf customers, and a contract can't write in cultural fit.
# tutor-wrong-turn: Starting on a handshake, a WhatsApp group, or the old contract. A formal partner needs an SLA, processor terms and a protocol from day one.
# tutor-wrong-turn: Going national with no pilot, or waiting for the annual review. Problems would be found by customers first.

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
"Pennine Freight's contract for two-person furniture delivery ends on 31 January and we're not renewing it long term. Three bids are in. Please lead the evaluation and send me a recommendation by Friday 28 November; the new courier starts on 2 February. The contract is worth about £1m a year, so Ruth Ellison, as Head of Operations, and I sign it, not you."
Northway's service standards for furniture delivery: two people, to the room of the customer's choice; a two-hour slot agreed with the customer the day before, and a heads-up 30 minutes before arrival; on time at least 95%; damage under 1%; complaints acknowledged within one working day and resolved within five; reasonable adjustments offered, recorded and never charged for.
Business objectives this year: cut redeliveries (1,140 last year, about £65 each); keep the average delivery cost near £46 a drop; move to lower-emission delivery partners; grow repeat custom.
Pennine Freight today: £42 a drop; on time 93% against a contract target of 97%; damage 1.6% against a target under 0.5%. About 1,800 drops a month, 2,600 at the spring sale peak.
# evidence: partner-selection
# evidence: map-service-chain
# ask-before: Three bids are in. Before you open them, what do you need to decide, and with whom?
# ask-after: What framed our choice of courier from here on, and who was left out of it?
* [Open the bids and rank them on price per drop first: the budget is tight this year, and price is the one figure in any of them that's certain.]
    # score: investigation -2; Ranking on headline price first lets one number frame everything else. A courier is the last link the customer sees; price alone says nothing about how it treats them or your standards.
    # misconception: ignore-cultural-fit
    You sort the bids by price per drop.
    -> bids
* [Turn the standards and objectives into weighted criteria before opening the bids, and ask Warehouse, Finance and the panel to test them.]
    # score: investigation +2; Deciding what good looks like before seeing the prices stops the cheapest bid setting the agenda, and the criteria come from your service standards and business objectives.
    # score: partner-communication +1; Planning to hear the departments and customers who live with the courier treats the chain as more than one link.
    ~ pts += 1
    You draft the criteria: service standards 35%; total cost 25%; capacity and reliability 15%; data protection 10% (will it sign UK GDPR processor terms, and how does it keep customers' details secure); values and sustainability 15%. Then you open the bids.
    -> bids
* [Score the bids against Pennine's contract KPIs for on-time and damage, which the departments agreed when that contract was let.]
    # score: investigation -1; The old KPIs measure one thing, the van arriving. They say nothing about booking, complaints, adjustments or customers' data, which is where deliveries fail customers.
    # score: partner-communication -1; Leaving out the teams that load the vans and pay the invoices treats the chain as a straight line from van to door.
    # misconception: linear-chain
    You set up a two-column score sheet: on-time and damage.
    -> bids

=== bids ===
# clock: +1h
Bid 1: Rapid Drop Logistics. £38 a drop. On time (its own figures, last 12 months): 91%. Damage: 2.8%. Two-person crew on request at £12 extra. Carries to the first room inside the door; no stairs. Drivers self-employed, paid per drop. Booking: the driver phones the customer the evening before; no text or online booking. On the day: an automatic text with a four-hour window. Complaints: shared inbox, reply within 10 working days. Customers' details: manifests sent to drivers' own phones; offers its standard terms only. Diesel fleet. References: "Cheap, and fine for boxes."
Bid 2: Kestrel Home Delivery. £46 a drop. On time: 95%. Damage: 0.9%. Two-person crews as standard, room of choice including stairs, packaging taken away. Drivers employed, paid by the hour, trained in disability awareness. Booking: the customer chooses text, app, email or phone and picks a two-hour slot; the heads-up comes the same way; a named controller can be texted or called on the day. Complaints: named contact, acknowledged the same day, resolved within two working days; a weekly customer-feedback report. Customers' details: company handhelds, deleted 30 days after delivery; will sign processor terms. 40% electric vans. Size: 18 crews, about 1,900 drops a month. References: "They tell us about problems before our customers do."
Bid 3: Atlas Freight Services. £43 a drop. On time: 97%. Damage: 0.7%. Two-person crews as standard; room of choice on the ground floor, upstairs £15 extra. Drivers through an agency. Booking: tracking app or a text link; drivers do not phone, and customers cannot contact the crew on the day. Complaints: ticket portal, response within five working days. Customers' details: will sign processor terms; sub-contracts crews at peak. National, 40,000 drops a month. Emissions reported yearly. References: "Very reliable. Very hard to change anything."
Notes from Daniel's bid clarification calls last week:
# speaker: atlas
"All operational changes go through the quarterly contract review. That's how we keep 97% on time across forty thousand drops a month."
# speaker: rapid
"Our lads are self-employed, paid per drop, so they're motivated, put it that way. Stairs are extra. Feedback? If there's a problem, email the inbox."
-> panel

=== panel ===
# time: 11:00
Monday, 11:00. Before going further you talk to a member of Northway's customer panel who left a comment about delivery.
CRM: Ms Nadia Rahman, Leeds. Fenwick double wardrobe, £689, delivered by Pennine Freight on 23 October. Note typed at checkout: "I am Deaf. Please text or email me. I can't take phone calls." Complaint logged 24 October: "Left in the hall in its box." Status: "Awaiting courier response". Contact preference field: blank.
Panel record: BSL user; contact by text or email; Northway books a BSL interpreter for panel video calls. You join the video call; the interpreter is already there.
# speaker: customer
# mood: customer fail
"Thanks for booking the interpreter. Not everyone does. So, the wardrobe. Pennine phoned me three times to book a slot. I can't answer a phone; my order said so. Then a text: 'We couldn't reach you. Delivery Thursday, 7am to 7pm.'"
# speaker: customer
"I work shifts in a hospital lab, so I took the Thursday off, unpaid. They came at six. My doorbell flashes, so I got to the door. I showed them my phone: 'Bedroom, upstairs, please.' One of them said something to the other, they put the box down in the hall, and they left."
# evidence: service-recovery
# evidence: customer-journey
# ask-before: Ms Rahman is on the video call with an interpreter. How do you want this conversation to go?
# ask-after: What did we learn about a good delivery for her, and who did we speak to?
* [Tell her that was Pennine's crew, and that it's exactly why Northway is choosing a new courier to start in February.]
    # score: ownership -2; Her contract is with Northway, and the courier works for us. Blaming the outgoing partner in front of her passes the problem down the chain and leaves her wardrobe in the hall.
    # mood: customer blame-partner
    # misconception: outsourcing-responsibility
    ~ cust -= 1
    # speaker: customer
    "I didn't buy it from Pennine. I bought it from you. It's been in my hall three weeks. I step round it every morning on the way to work."
    -> remedy
* [Ask the interpreter to pass on your apology, and to find out which matters most to Ms Rahman: price, speed or a booked slot.]
    # score: listening -1; Speak to Ms Rahman, not about her: the interpreter is there to interpret both ways, not to be the person you talk to. And going straight to the panel questions skips past a failure that is still in her hall.
    # mood: customer dismiss
    # speaker: customer
    "You can ask me. The interpreter's here for both of us. A booked slot, obviously. By text. And the wardrobe's been in my hall three weeks. I step round it every morning."
    -> remedy
* [Hear the whole story, then ask her what a good delivery would look like for her, and say back what this one has cost her.]
    # score: listening +2; Letting her tell it, asking what good looks like for her and naming the cost (a day's pay, three weeks of a box in the hall) hears the impact and the need. The panel call becomes both feedback and a chance to put things right.
    # mood: customer listen
    ~ cust += 1
    # speaker: customer
    "A good delivery? They text me to book, and I text back. A text when they're thirty minutes away, and a number I can text if something changes. At the door, they type it or write it down. And it goes upstairs, where I paid for it to go."
    # speaker: customer
    "Yes. A day's pay, and three weeks of stepping round a box in my hall every morning."
    -> remedy

=== remedy ===
# clock: +5m
Kirkgate Fitting, a two-person team that does fitting for Northway's Yorkshire stores on an informal arrangement (no service contract, paid per job), has a slot tomorrow morning.
# evidence: legislation
# evidence: crm
# ask-before: Her wardrobe has been in the hall for three weeks. What would put it right, and who pays?
# ask-after: Did the remedy match the failure, and will the next booking work for her?
* [Apologise for the calls and the hall, book Kirkgate by text with her to carry it upstairs and build it free, and mark her record 'text only'.]
    # score: remedy +2; The remedy matches the failure: the delivery she paid for (two people, to the room of her choice) is completed quickly and at our cost, and the build is a fair extra for three weeks in the hall.
    # score: compliance +2; Recording how she needs to be contacted means every future booking can use text, and she is never charged for it: the Equality Act 2010 expects a service provider to adjust how it communicates with a Deaf customer.
    # score: ownership +1; A specific apology for the calls and the three weeks, without pointing at Pennine, owns the problem.
    # mood: customer apologise
    # mood: customer reassure
    # promise: rahman-text; customer; by tomorrow 17:00; Text Ms Rahman once Kirkgate Fitting has moved and built the wardrobe
    # log: customer; meeting; Apologised; Kirkgate Fitting booked by text for Tue 11 Nov to carry the wardrobe upstairs and build it, no charge; 'text only, no calls' recorded on CRM
    ~ cust += 2
    ~ rahman_promise = true
    # speaker: customer
    "Tomorrow? I'm on a late shift, so the morning works. Ask them to text me from the van, and I'll watch for the doorbell light."
    -> callback
* [Apologise, and offer a £40 voucher for the inconvenience, while Pennine's depot finds out why their crew left the wardrobe down in the hall.]
    # score: remedy -2; The wardrobe would still be in her hall. A voucher without putting the failure right is compensation in place of a remedy.
    # misconception: compensation-not-process
    # mood: customer apologise
    # log: customer; meeting; £40 voucher offered for delivery complaint; Pennine asked to investigate
    # speaker: customer
    "Forty pounds. The day off cost me more than that. And who's going to move the wardrobe, the voucher?"
    -> callback
* [Ask Pennine to send a crew back to carry it upstairs at their cost: it was their delivery, and their contract with Northway runs until January.]
    # score: remedy -1; Pennine should answer for it, but that is Northway's conversation to have with them. She has already waited three weeks in their queue; the remedy is ours to deliver now.
    # score: ownership -1; Putting her back in the failing partner's queue treats her problem as theirs to fix, not ours.
    # misconception: outsourcing-responsibility
    # log: customer; meeting; Told customer Pennine Freight would be asked to return
    ~ cust -= 1
    # speaker: customer
    "Pennine. Who'll phone me to book it. Right."
    -> callback
* [Book Kirkgate to carry it upstairs at the usual £35 charge for moving furniture, and note 'text only, no calls' on her record.]
    # score: compliance -1; She paid for two-person delivery to the room of her choice, and Pennine left it in the hall. Completing the delivery she paid for is Northway's job at Northway's cost; charging her £35 for it misstates what she is owed.
    # score: remedy -1; Noting how to contact her helps next time, but charging her to receive the service she already paid for is not a fair remedy.
    # log: customer; meeting; Offered to move wardrobe upstairs for £35; 'text only' noted on CRM
    # speaker: customer
    "Thirty-five pounds, to get what I paid for in the first place? I'll think about it."
    -> callback

=== callback ===
# time: Tuesday 15:00
Tuesday 11 November, 15:00.
{not rahman_promise: Ms Rahman's case is still open on the CRM.}
{not rahman_promise: -> callback_done}
Kirkgate Fitting's job sheet: "Texted customer from the van. Wardrobe carried to back bedroom, assembled and fixed to wall. Packaging removed. Customer pleased."
# evidence: service-recovery
# ask-before: Kirkgate's job sheet says she's pleased. What do you still owe her?
# ask-after: Was the promise kept in the way she asked for, and does the goodwill match her loss?
* [Ring her mobile to check it all went well: a quick call is warmer than a text, and the job sheet only gives you the fitter's side.]
    # score: follow-through -1; Checking with her yourself is right, but you promised a text. A call she can't take leaves the promise unkept and the loop open.
    # score: compliance -1; Her record says text only, and she told you why. Ringing repeats the very barrier she complained about.
    # log: customer; phone; Follow-up call to Ms Rahman; not answered
    ~ cust -= 1
    Her phone rings out. Twenty minutes later a text arrives: "Did you just ring me?"
    -> callback_done
* [Text her, as agreed, to check it's where she wanted it, and offer goodwill that covers the unpaid day she took for Pennine.]
    # score: follow-through +2; Keeping the promise in the way she asked for closes the loop and shows the note on her record is real.
    # score: remedy +1; Proportionate goodwill for a real loss: she lost a day's pay because the booking process shut her out. Redress that matches the loss is fair.
    # kept: rahman-text
    # mood: customer keep-promise
    # mood: customer exceed
    # log: customer; chat; Follow-up text: wardrobe in place; goodwill offered for the unpaid day; customer satisfied
    ~ cust += 1
    # speaker: customer
    "It's upstairs and it's built. They texted from the van and waited at the door. And thank you for the day's pay; I didn't expect that. I'll say so at the panel."
    -> callback_done
* [The job sheet says she's pleased, so close the complaint and send her the panel's standard thank-you email for her feedback.]
    # score: follow-through -1; You promised to text her once it was done. The job sheet is the fitter's view, not hers; closing the case without asking leaves the loop open and the promise broken.
    # log: customer; email; Panel thank-you email sent; complaint closed from job sheet
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
~ rahman_promise = false
-> warehouse

=== warehouse ===
# time: Wednesday 10:00
# scene: warehouse
Wednesday 12 November, 10:00. The loading bay. Dean Marsh's team loads the courier's vans at 06:00 every morning.
# speaker: warehouse
"I hear we're getting a new courier. About time. What do you need from me?"
# evidence: map-service-chain
# evidence: relationship-building
# ask-before: Dean's team loads the courier's vans every morning. What do you want from him?
# ask-after: What did the warehouse tell us that the bids could not?
* [Reassure him it's in hand: Warehouse loads the vans, and this choice is about how the courier treats customers at their door.]
    # score: partner-communication -2; The warehouse is part of the service chain: damage, late loading and missing delivery notes start there. Leaving internal departments out means choosing a courier without knowing half of what goes wrong.
    # misconception: ignore-internal
    # trust: warehouse bypass
    # speaker: warehouse
    "Right. Well, when their van turns up at half six and wants loading in ten minutes, you know where I am."
    -> finance
* [Send him the three bids and ask him to rank them by Friday, with a line on each, as his team will work with the winner daily.]
    # score: partner-communication -1; It involves him, but asks for a vote instead of his knowledge of the handover. You get a ranking without the reasons behind it.
    # trust: warehouse consult
    # log: warehouse; email; Sent bids to Dean Marsh for ranking
    On Friday Dean's ranking arrives: "Atlas, Kestrel, Rapid. Atlas turn up on time." One line, no reasons.
    -> finance
* [Ask him what goes wrong at the handover with Pennine today, and what he'd need from a new courier so that it works.]
    # score: partner-communication +2; Asking the internal team that hands over to the courier what goes wrong, and what they need, brings a link the customer never sees into the decision.
    # trust: warehouse consult
    # log: warehouse; in-person; Dean Marsh on handover problems and what Warehouse needs from a new courier
    ~ pts += 1
    # speaker: warehouse
    "Honestly? Pennine's vans turn up late, the crews are in a rush, and half our damage happens in the back of the van, not on the doorstep."
    # speaker: warehouse
    "I want damage checked and photographed at loading, both sides signing, and a list of failed drops every morning. And I'll own this: the manifest we send doesn't carry stairs, parking or anything typed in the checkout notes. If a customer writes 'I'm Deaf, text me', the crew never sees it. That's on us to fix, whoever wins."
    -> finance

=== finance ===
# time: Thursday 10:00
# scene: office
Thursday 13 November. A call with Imran Khan, Finance business partner for delivery.
# speaker: finance
"Before you ask: Rapid Drop at £38 would save us about eighty-six thousand a year against Pennine. The board would like that."
# evidence: partner-selection
# ask-before: Imran points out that the cheapest bid saves about £86,000 a year. What do you ask Finance for?
# ask-after: What does each bid really cost to run, and did the order of the bids change?
* [Ask Imran to model the total cost per drop for each bid: price, surcharges, damage write-offs and redeliveries, against Pennine's.]
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
    Pennine today, for comparison: £42 + damage £1.92 + redeliveries (5.3%) £3.43 = £47.35 a drop.
    # speaker: finance
    "So the cheapest quote is the dearest courier. I'll say that to the board myself."
    -> make_or_buy
* [Ask Imran which bids come in within the £46 budget on price per drop, so you can drop any that the board would never fund.]
    # score: investigation -1; It's a fair budget question, but price per drop leaves out surcharges, damage and redeliveries, the costs that make a courier expensive. Choosing on price alone also ignores how a partner works.
    # misconception: ignore-cultural-fit
    # trust: finance consult
    # speaker: finance
    "Rapid and Atlas, comfortably. Kestrel's bang on forty-six."
    -> make_or_buy
* [Bring Finance in once the recommendation is drafted, so the cheapest price can't frame the choice before the service has been weighed.]
    # score: partner-communication -2; Finance holds the figures that show what a courier really costs, and will have to defend the choice. Assuming what an internal partner will say, instead of asking, neglects a link in the chain.
    # misconception: ignore-internal
    # trust: finance bypass
    You note "Finance: later" and move on.
    -> make_or_buy

=== make_or_buy ===
# time: Friday 09:00
Friday 14 November. Ruth Ellison, Head of Operations, replies to Daniel's update and copies you in: "Before we sign £1m a year with another courier: should Northway run its own two-person delivery team instead? Dean thinks he could."
Imran's first sketch of a Northway team: 20 leased vans and 40 drivers, employed; about £45 a drop at a steady 1,800 drops a month, more in quiet months, when vans and wages still have to be paid; vans and agency drivers hired in for the spring peak; £150,000 to set up; ready in July at the earliest. Northway has never recruited, trained or insured delivery crews, and its stores run from Yorkshire to South Wales.
# evidence: partnership-purpose
# ask-before: Should Northway run its own delivery team, or partner? What would each give the customer?
# ask-after: What does a partnership add, and what must stay with Northway whatever we choose?
* [Build a Northway team: we'd control the crews, their training and every customer contact, and stop paying a courier's margin. Ask Dean to draw up a plan.]
    # score: investigation -1; Control is a real benefit, and with full vans the cost per drop could be lower. But a team can't be ready before July, its costs run through quiet months, the peak needs crews it won't have, and running delivery is not something Northway knows how to do yet. Those are exactly what a partner adds.
    # speaker: head
    "Ruth will ask what I'm asking: who delivers from February to July, and who covers the spring peak? Choose a courier now. If in-house still looks right, bring a business case before renewal."
    -> interview
* [Partner: a specialist brings trained crews, vans and cover from February, and can flex for the spring peak. Keep the customer ours; review at renewal.]
    # score: investigation +2; A partnership's purpose is to extend what Northway can do: trained two-person crews, vans, regional coverage, peak capacity and delivery know-how, available in February, which an in-house team could not match this year. Naming the benefits also tells you what to select for and measure.
    # score: ownership +1; Partnering for capability while keeping the customer relationship and the accountability at Northway is the right split.
    # log: head; email; Reply to Ruth Ellison: partner for two-person delivery (crews, vans, coverage, peak capacity, expertise); Northway keeps the customer; in-house to be reviewed at renewal
    ~ pts += 1
    # speaker: head
    "That's the answer Ruth needed. Put what the partner must add into the recommendation, and we'll look at in-house again before renewal."
    -> interview
* [Partner: once a courier holds the contract, late vans and breakages are its problem to answer for, and our team can focus on the stores.]
    # score: ownership -2; Partnering adds capability; it doesn't hand over responsibility. The customer's contract is with Northway, and a courier's failure at the door is Northway's failure to put right.
    # misconception: outsourcing-responsibility
    # speaker: head
    "Careful. If a courier fails a customer, it's still our failure: the customer bought from us. That's the part we never hand over."
    -> interview

=== interview ===
# time: Monday 10:00
# scene: office
Monday 17 November. Kestrel asked to meet before the decision. Joanna Price, its Operations Director, is with you.
# speaker: kestrel
"Thanks for seeing me. I'll be straight: we're smaller than Atlas, and I know that's the worry."
# evidence: communication-techniques
# ask-before: Kestrel's director has come to meet you. What do you want to find out?
# ask-after: What did we learn about how Kestrel works on a bad day, and what it needs from Northway?
* [Go through Northway's requirements one by one, booking channels and data protection included, and ask her to confirm Kestrel meets each.]
    # score: partner-communication -1; It checks the boxes, but it is one-way: you learn what they'll promise, not what they need from Northway or how they work when things go wrong.
    # misconception: linear-chain
    # trust: kestrel consult
    # speaker: kestrel
    "Yes, yes, yes. Yes. Peak capacity, subject to volumes; we'd need to recruit. Is there anything you'd like to ask me that isn't on the list?"
    -> select
* [Mention that Atlas is cheaper, and ask whether Kestrel can match £43 a drop if Northway signs for three years instead of two.]
    # score: partner-communication -1; Negotiating on price before you understand what the price buys puts her on the back foot, and pushes a values-led partner to cut exactly what you value.
    # misconception: ignore-cultural-fit
    # trust: kestrel pressure
    # speaker: kestrel
    "I can't get to forty-three without paying drivers by the drop, and I won't do that. That's why our damage rate is what it is. I could do forty-five on a three-year term. And I'd need the contract signed by the tenth of December to recruit for your peak."
    -> select
* [Ask open questions: how would Kestrel cover the spring peak, what happens on a bad day, and what does Kestrel need from Northway to do a good job?]
    # score: partner-communication +2; Open questions test the real risk (capacity), and asking what they need from you starts the partnership two-way. A courier can only be as good as the information it is given.
    # trust: kestrel consult
    # log: kestrel; meeting; Interview with Joanna Price: peak capacity, bad-day handling, what Kestrel needs from Northway
    ~ needs_known = true
    # speaker: kestrel
    "Peak: we'd recruit and train eight more crews, employed, by the first of March, if the contract's signed by the tenth of December. A bad day: we tell the customer before they ring you, and you hear from us the same morning."
    # speaker: kestrel
    "What we need from you: stairs, lifts and parking on the order, how each customer wants to be contacted, and the manifest by two o'clock the day before. Half of what goes wrong on a doorstep starts at the checkout."
    -> select

=== select ===
# time: Tuesday 09:00
Tuesday 18 November. Time to decide what to recommend.
{tco: Total cost per drop (Finance): Kestrel £48.38, Atlas £49.22, Rapid Drop £53.66; Pennine today £47.35.|Price per drop: Rapid Drop £38, Atlas £43, Kestrel £46; Pennine today £42. Total cost not modelled.}
Booking and contact: Kestrel, the customer's choice of text, app, email or phone, and a controller who can be reached on the day. Atlas, app or text link, with no way to reach the crew. Rapid Drop, a phone call from the driver.
Customers' details: Kestrel and Atlas will sign processor terms; Atlas sub-contracts crews at peak. Rapid Drop offers its standard terms, and manifests go to drivers' own phones.
Risks: Kestrel is smaller (18 crews; a peak plan needed). Atlas changes things only quarterly. Rapid Drop pays drivers by the drop.
# evidence: partner-selection
# evidence: service-standards
# ask-before: Which courier would you recommend, and on what rationale?
# ask-after: How did our choice weigh price, standards, culture and customers like Ms Rahman?
* [Recommend Atlas: the best on-time and damage figures, app and text booking, national scale and processor terms. Take the rest up at quarterly reviews.]
    # score: investigation -1; The KPIs are strong, but a partner that changes things only quarterly, charges for upstairs and takes five days on complaints breaks several service standards. Good numbers don't make a feedback loop.
    # score: compliance -1; App and text booking works for a customer like Ms Rahman, but with no way to reach the crew and upstairs charged extra, customers who need adjustments would depend on workarounds, and Northway could never pass that cost on to a disabled customer.
    # misconception: linear-chain
    ~ sel = 2
    ~ pts += 1
    You write the recommendation around Atlas.
    -> signoff
* [Recommend Kestrel: it meets the standards, contacts customers by their chosen channel, and signs processor terms. Pilot it, and plan for the peak.]
    # score: investigation +3; A clear rationale against standards and objectives: Kestrel fits how Northway wants customers treated, and on Finance's total-cost figures it is also the cheapest to run. The size risk is named and managed, not ignored.
    # score: compliance +1; Customers choose how they are contacted and can reach the crew, so a Deaf customer can book and take delivery without a phone call, as standard and at no cost; and Kestrel will sign the processor terms UK GDPR requires.
    ~ sel = 1
    ~ pts += 2
    You write the recommendation around Kestrel.
    -> signoff
* [Recommend Rapid Drop: the lowest price by a distance, and tight KPIs plus a data clause in the contract can bring the rest up to standard.]
    # score: investigation -3; Chosen on price alone. Piece-rate drivers, no stairs and no way to share customer feedback clash with Northway's standards and values, and a contract can't write culture into a partner. Its total cost is the highest too.
    # score: compliance -2; Booking only by phone shuts out Deaf customers like Ms Rahman; the Equality Act's anticipatory duty expects Northway to plan for disabled customers in advance, not patch it one complaint at a time. Manifests on drivers' own phones are a data risk a clause won't fix.
    # misconception: ignore-cultural-fit
    ~ sel = 3
    You write the recommendation around Rapid Drop.
    -> signoff

=== signoff ===
~ tco = false
# clock: +2h
The contract is worth about £1m a year. Daniel and Ruth Ellison sign it; your job is the recommendation.
# evidence: escalation
# evidence: partner-selection
# ask-before: The contract is worth about £1m a year and others sign it. What do you send up, and how?
# ask-after: What did the people who sign get from us, and what did the bidder hear?
* [Ring the bidder you're recommending and tell them, off the record, that they're likely to win, so that they can begin recruiting crews now.]
    # score: escalation -2; Committing Northway to a £1m contract is beyond your authority, and an unofficial verbal "yes" leaves no record of what was promised. The bidder may act on it before anyone has signed.
    # misconception: undocumented-agreement
    { sel:
    - 1:
        # agree: kestrel; verbal; Told Kestrel unofficially it was likely to win the contract
        # trust: kestrel agree-verbal
        Joanna is delighted and says she'll start recruiting tomorrow.
    - 2:
        # agree: atlas; verbal; Told Atlas unofficially it was likely to win the contract
        # trust: atlas agree-verbal
        Martin says he'll "pencil it in pending paperwork".
    - else:
        # agree: rapid; verbal; Told Rapid Drop unofficially it was likely to win the contract
        # trust: rapid agree-verbal
        Steve says he'll "get the lads lined up".
    }
    # speaker: head
    "You told them what? Nothing is agreed until Ruth and I sign. Send me the recommendation properly, today. We'll approve it, but don't do that again."
    -> sla
* [Pass all three bids to Daniel with your score sheet attached, and ask him to choose: it's his budget and his signature on the contract.]
    # score: escalation -1; Passing it up is right for a decision of this size, but without a summary or a proposal you hand over the work, not the decision. Escalation should come with your analysis and a recommendation.
    # log: head; email; Forwarded three courier bids and a score sheet to Daniel Adeyemi for a decision
    # speaker: head
    "I asked you to lead this. Which one, and why? Put your recommendation on a page and I'll sign it off."
    You write it up that afternoon, and Daniel approves {courier()}.
    -> sla
* [Send Daniel two pages: how each bid scored, total cost, the risks, what Warehouse, Finance and the panel said, and the bid you'd choose.]
    # score: escalation +2; A decision above your authority goes up with a summary, the evidence and a proposal, so the people who sign can decide quickly and know what they are signing.
    # log: head; email; Courier recommendation sent to Daniel Adeyemi: criteria, scores, total cost, risks and proposal
    ~ pts += 1
    # speaker: head
    "This is what I needed. I've taken it to Ruth; you have our approval. Set it up properly."
    -> sla

=== sla ===
# time: 2025-11-28 09:00
Friday 28 November. {courier()} is approved; the contract must be signed by 10 December.
Northway runs its courier, supplier and contact-centre partnerships on formal contracts. Kirkgate Fitting, the local fitter for the Yorkshire stores, works on an informal arrangement: no service contract, booked by phone and text, paid per job.
# evidence: formal-vs-informal
# evidence: sla-kpi
# evidence: documenting-agreements
# ask-before: The courier is approved. What should the agreement with it contain?
# ask-after: What will there be to hold either side to in a year's time, and what covers customers' data?
* [Write a formal contract: an SLA schedule (KPIs, complaints, adjustments, service credits), Northway's own duties, and Art. 28 processor terms.]
    # score: partner-communication +2; A formal contract with measurable KPIs (on time, damage, heads-up by the customer's chosen channel, complaint times) and obligations on both sides gives the partnership agreed standards and something to manage against. Writing down Northway's side (access and contact notes on every order, manifest by 14:00) makes it a partnership, not a purchase.
    # score: compliance +1; A courier handling customers' names, addresses and contact needs for Northway is a processor. UK GDPR Art. 28(3) requires written terms: documented instructions, confidentiality, security, sub-processors, help with data subjects' rights, assistance, deletion or return at the end, and audits.
    ~ sla_ok = true
    ~ pts += 1
    { sel:
    - 1:
        # agree: kestrel; written; Contract: SLA schedule (KPIs, complaints, adjustments, service credits), Northway obligations, UK GDPR Art. 28 processor terms
        # trust: kestrel agree-written
        Joanna reads it and signs on 8 December.{needs_known: "You've put our manifest deadline in, and a contact-preference field. Nobody's ever done that."}
    - 2:
        # agree: atlas; written; Contract: SLA schedule (KPIs, complaints, adjustments, service credits), Northway obligations, UK GDPR Art. 28 processor terms
        # trust: atlas agree-written
        Atlas signs on 9 December, striking out the heads-up KPI "pending the April quarterly review". It asks for blanket approval of its peak sub-contractors; Northway's processor terms ask it to name each one, in writing, before it is used.
    - else:
        # agree: rapid; written; Contract: SLA schedule (KPIs, complaints, adjustments, service credits), Northway obligations, UK GDPR Art. 28 processor terms
        # trust: rapid agree-written
        Rapid Drop signs on 9 December. The processor terms mean manifests must go to a company app, not drivers' own phones; Steve says he'll "sort it".
    }
    -> protocol
* [Start on a letter of intent and a handshake, as Northway does with Kirkgate Fitting, and write the SLA once you've seen how they perform.]
    # score: partner-communication -2; A handshake can suit a small informal service like Kirkgate's. A £1m courier contract needs a formal SLA from day one: without agreed standards there is nothing to hold either side to.
    # score: compliance -1; Whatever the service arrangement, a partner handling customers' details for Northway is a processor: Art. 28 terms must be in writing before it receives a single address, however informal the rest of the relationship.
    # misconception: no-sla-protocol
    { sel:
    - 1:
        # agree: kestrel; verbal; Letter of intent; SLA and data terms to be written after go-live
        # trust: kestrel agree-verbal
        Joanna accepts, though she asks twice what the KPIs will be, and whether there'll be a data processing agreement.
    - 2:
        # agree: atlas; verbal; Letter of intent; SLA and data terms to be written after go-live
        # trust: atlas agree-verbal
        Atlas replies that it will work to its standard terms until a contract is signed.
    - else:
        # agree: rapid; verbal; Letter of intent; SLA and data terms to be written after go-live
        # trust: rapid agree-verbal
        Rapid Drop is happy to start on that basis.
    }
    -> protocol
* [Reuse Pennine's contract as it stands: it already has KPIs and data protection terms, and it saves weeks of drafting before 10 December.]
    # score: partner-communication -1; The old contract measures only the van arriving: nothing on booking channels, complaints, adjustments or sharing feedback, the gaps that failed customers like Ms Rahman. Its data terms were written for Pennine's systems, not the new courier's.
    # misconception: no-sla-protocol
    { sel:
    - 1:
        # agree: kestrel; written; Pennine contract terms re-used: on-time and damage KPIs only
        # trust: kestrel agree-written
        Kestrel signs the re-used contract.
    - 2:
        # agree: atlas; written; Pennine contract terms re-used: on-time and damage KPIs only
        # trust: atlas agree-written
        Atlas signs the re-used contract.
    - else:
        # agree: rapid; written; Pennine contract terms re-used: on-time and damage KPIs only
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
# ask-before: How will Northway and the courier talk day to day, and when something goes wrong?
# ask-after: Who will deal with a problem at 7am on a Tuesday, and who hears about a serious one?
* [Run it informally: add their controllers and drivers to Northway's dispatch WhatsApp group, so problems can be sorted as they come up.]
    # score: partner-communication -2; Quick, friendly, and no governance: no named owners, no record, no route for anything serious. A contracted partner is not simply an extension of the team.
    # score: compliance -1; Customers' names, addresses and phone numbers would sit in a chat group on personal phones: not the documented instructions or security that Art. 28 processor terms require, and not a channel Northway controls.
    # misconception: partnership-is-teamwork
    { sel:
    - 1:
        # trust: kestrel support
        Joanna's controllers join the group. It gets busy.
    - 2:
        # trust: atlas support
        Atlas's controllers join the group, then stop replying to it after a week.
    - else:
        # trust: rapid support
        Rapid Drop's drivers join the group. It gets very busy.
    }
    -> pilot_plan
* [Agree a protocol: named contacts, a daily exceptions report, a weekly feedback call both ways, regular reviews, and a stepped escalation route.]
    # score: partner-communication +2; Named contacts, a daily report, a weekly two-way feedback call and a fixed review schedule give the partnership clear channels and regular maintenance, and the feedback loop runs both ways.
    # score: escalation +1; A stepped route with response times (you and their operations manager first; then Daniel and their director) sends each issue to the lowest level that can fix it, and leaves the top of the ladder for what really needs it.
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
* [Route every issue directly to Daniel and their managing director, so that problems are taken seriously by both companies from the start.]
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
# ask-before: Go-live is 2 February. How do you start?
# ask-after: What will the decision in April rest on?
* [Go national on 2 February: the courier is ready and knows what Northway expects, and the annual review will show how it's going.]
    # score: follow-through -2; Signing is the start of managing a partner, not the end. With no pilot and nothing checked until the annual review, problems will be found by customers first.
    # misconception: self-managing-partnership
    ~ pilot = 0
    National go-live set for 2 February.
    -> pilot_check
* [Pilot in the North region first, see how it feels after a few weeks, and then decide whether it's ready to roll out to every other region.]
    # score: follow-through -1; A pilot is a good idea, but with no agreed criteria or review date, "how it feels" will decide, and there is nothing to act on.
    ~ pilot = 2
    Pilot agreed: North region from 2 February. No end date or criteria set. Pennine covers the other regions on an extension.
    -> pilot_check
* [Pilot in the North (about 40% of drops) for three months: weekly KPI checks, go/no-go criteria agreed now, and a decision by 30 April.]
    # score: follow-through +2; A pilot with agreed criteria is PDCA in practice: plan, try it at a manageable scale, check against the figures, then decide. It also tests the new partner before the spring peak.
    # score: investigation +1; Agreeing the go/no-go criteria in advance means the decision in April rests on evidence.
    ~ pilot = 1
    ~ pts += 1
    Pilot agreed: North region from 2 February; go/no-go on 30 April; national roll-out in May if it passes. Pennine covers the other regions on a three-month extension, agreed in writing.
    -> pilot_check

=== pilot_check ===
# time: 2026-03-13 09:00
Friday 13 March. Six weeks in.
{ sel:
- 1:
    # sla: go-no-go; kestrel; by 2026-04-30 17:00; Criteria for 30 April: on time at least 95%, damage under 1%, heads-up by the customer's chosen channel at least 98%
    Kestrel, weeks 1 to 6: on time 96%. Damage 0.8%. Heads-up sent 91% (target 98%). Complaints: 4, all resolved within two days.
    # status: kestrel at-risk
    Complaint themes: "Nobody told me they were coming," three times.
- 2:
    # sla: go-no-go; atlas; by 2026-04-30 17:00; Criteria for 30 April: on time at least 95%, damage under 1%, heads-up by the customer's chosen channel at least 98%
    # status: atlas at-risk
    Atlas, weeks 1 to 6: on time 97%. Damage 0.6%. Heads-up: automatic texts only, none 30 minutes ahead. Complaints: 31. Themes: no way to reach the crew on the day; upstairs refused unless paid; three customers with recorded access needs left with items in the hall; portal replies taking five days.
- else:
    # sla: go-no-go; rapid; by 2026-04-30 17:00; Criteria for 30 April: on time at least 95%, damage under 1%, heads-up by the customer's chosen channel at least 98%
    # status: rapid breached
    Rapid Drop, weeks 1 to 6: on time 90%. Damage 3.1%. Heads-up: not done. Complaints: 64. Themes: stairs refused, rough handling, drivers leaving before customers reach the door, Deaf customers unable to book because the driver phones. Two drivers have quit the scheme.
}
# evidence: partnership-delivery
# evidence: partner-feedback-process
# ask-before: Six weeks into the pilot, the figures and the complaints are in front of you. What do you do with them?
# ask-after: What lay behind the figures, and whose side did the cause sit on?
* [Tell the courier what the figures and complaints show, ask what lies behind them, and check what Northway's own side contributes too.]
    # score: investigation +2; Sharing the data and asking the partner's view, while checking your own processes, is joint problem-solving. The cause is often in the handover between you.
    # score: partner-communication +1; Feedback goes both ways: you give them the customers' view and ask for theirs.
    ~ check_ok = true
    ~ pts += 1
    -> check_result
* [Issue a formal KPI notice under the contract: the numbers are what they signed up to, and a notice gets the point across quickly.]
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
* [Hold off until the end-of-pilot review: it's only six weeks in, the headline on-time figure is on target, and the crews are still settling.]
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
    "Thanks for bringing it straight to us. Our crews send every heads-up the way the order says. But one order in nine from you has a landline nobody's at, or no contact choice at all. Your checkout has the mobile as optional, and store orders key in the home phone."
    # speaker: kestrel
    "If the checkout asked 'how should we contact you on the day?' and made a mobile or email compulsory, I think most of this goes away."
    # log: kestrel; phone; Kestrel feedback: missing contact details and preferences behind missed heads-ups; Northway to change checkout and store order form
    # agree: kestrel; written; Northway to add a compulsory delivery-day contact and contact preference at checkout and on store orders from 23 March
    # trust: kestrel thank
    # status: kestrel on-track
    Northway changes the checkout and the store order form on 23 March: feedback from the partner changing Northway's own process. By week 12, heads-up is at 98.6%.
- else:
    Nobody asks Kestrel why the heads-ups are missed. It stays around 91%. Joanna raises it herself in April: one order in nine from Northway's checkout has a landline or no contact choice. By then the pilot is nearly over.
}
-> go_no_go

=== result_atlas ===
{ check_ok:
    # speaker: atlas
    "I hear you. But a line to the crew isn't in our model, and upstairs is priced as an extra. Any change goes to the quarterly review in April. I can log it on the portal."
    # log: atlas; phone; Shared pilot complaints; Atlas will consider changes at the April quarterly review
    Northway adds access notes to orders, which cuts the upstairs disputes a little. The rest waits for April.
- else:
    Atlas's figures stay green on on-time and damage. The complaints keep coming.
}
-> go_no_go

=== result_rapid ===
{ check_ok:
    # speaker: rapid
    "Look, I'll be honest with you. The lads get paid per drop. If they wait two minutes at a door, text back and forth, or carry up three flights, that's money out of their pocket. I can't change that without changing the price."
    # log: rapid; phone; Piece rates drive rushing and stair refusals; no change possible at current price
    You now know the problem is built into how Rapid Drop works, not a bad few weeks.
- else:
    Rapid Drop's complaint count passes a hundred by the end of March.
}
-> go_no_go

=== go_no_go ===
# time: 2026-04-30 10:00
Thursday 30 April. {pilot == 1: The go/no-go review, against the criteria agreed in November.|{pilot == 2: The pilot has no agreed end; you call a review anyway.|National go-live has run for three months; the annual review is nine months away.}}
{ sel:
- 1:
    { check_ok:
        # sla-met: go-no-go
        Kestrel: on time 96%, damage 0.8%, heads-up 98.6%. Complaints down by two-thirds on Pennine's. The eight new crews started on 1 March, as Joanna promised.
    - else:
        # sla-breached: go-no-go
        Kestrel: on time 96%, damage 0.8%, heads-up 92%. Good figures with one stubborn gap that nobody worked on together.
    }
- 2:
    # sla-breached: go-no-go
    Atlas: on time 97%, damage 0.6%, heads-up not done. 88 complaints in three months, most about not being able to reach the crew or items left downstairs.
- else:
    # sla-breached: go-no-go
    Rapid Drop: on time 89%, damage 3.3%, 190 complaints, redeliveries at 7%.
}
-> ending_choice

=== ending_choice ===
{sel == 3 and pilot != 1: -> ending_failed}
{pts <= 5: -> ending_failed}
{sel == 1 and pilot == 1 and pts >= 11: -> ending_strong}
{ sel:
- 1: -> ending_partial_kestrel
- 2: -> ending_partial_atlas
- else: -> ending_partial_rapid
}

=== ending_strong ===
Kestrel rolls out nationally in May. Redeliveries fall by half; damage is under 1%; customers with recorded adjustments get the contact channel, the wait at the door and the room they asked for, every time.
Ms Rahman, still on the panel, tells the next meeting that the new crews "text first, and wait at the door".
Warehouse photographs every load with Kestrel's crews at 06:00; Finance reports a total cost of £47.90 a drop, close to Pennine's for a far better service. The weekly feedback call carries on, and the checkout now asks how each customer wants to be contacted.
# ending: strong; A partner chosen on evidence and values; You were clear why Northway partners for delivery, chose on a rationale tied to service standards, accessible contact, data protection and business objectives, heard the internal departments and a customer, interviewed the bidder two ways, and set up a formal contract with processor terms, an SLA, a communication protocol, an escalation route and a PDCA pilot. When the pilot found a gap, partner feedback changed Northway's own process.
-> END

=== ending_partial_kestrel ===
Kestrel was the right choice, and it shows in the damage and on-time figures. But parts of the partnership were left to chance: {not sla_ok: there was no proper SLA to measure against|{not protocol_ok: day-to-day contact never had a clear channel or escalation route|{pilot != 1: the pilot had no agreed criteria, so the roll-out decision rested on feelings|{not check_ok: when the heads-up gap appeared, nobody asked Kestrel why|the groundwork (why Northway partners, hearing the departments and the customer, and the sign-off) was thin}}}}.
Kestrel goes national in May. The relationship is good, but it depends on Joanna and you more than on anything written down.
# ending: partial; Right partner, loose ties; You picked a partner that fits Northway's standards and values, but a good choice still needs agreed standards, clear channels, a tested start and active monitoring. Without them, the partnership depends on goodwill.
-> END

=== ending_partial_atlas ===
Atlas's vans arrive on time and undamaged, and the dashboard is green on the two KPIs that Atlas was chosen for.
But customers who need to reach the crew, or a wardrobe carried upstairs, keep contacting Northway, and each change request waits for the quarterly review. Finance is paying the upstairs surcharge on a quarter of drops.{pilot == 1: The pilot's criteria show the gap plainly, and Daniel asks you to reopen talks with Kestrel for the autumn.}
# ending: partial; Reliable on paper; You set up a workable partnership with a courier that is strong on the numbers, but its rigid communication and charges clash with Northway's service standards. The chain now has a link that cannot hear feedback between quarterly reviews.
-> END

=== ending_partial_rapid ===
The pilot did its job. Against the criteria agreed in November, Rapid Drop misses on on-time, damage and complaints, and the go/no-go says no.
Daniel activates the fallback: Northway reopens talks with Kestrel, and Pennine's extension covers the gap. Customers in the North had three bad months; the rest of the country never saw Rapid Drop.
# ending: partial; Caught by the pilot; Choosing on price alone was a mistake, but the governance you set up (a pilot with agreed criteria, a contract and monitoring) limited the damage and gave Northway the evidence to change course.
-> END

=== ending_failed ===
{ sel:
- 3:
    Rapid Drop now delivers all of Northway's furniture. Damage is over 3%, redeliveries are up, and the complaints inbox has a queue. The cheapest quote has become the most expensive courier Northway has had.
- 2:
    Atlas delivers on time, but complaints about reaching the crew, stairs and slow replies rise every month, and nobody has the channels or agreed standards to change it before the quarterly review.
- else:
    Kestrel is a good courier working in a partnership nobody is managing: no agreed standards, no clear channels, and problems found by customers first.
}
Ms Rahman has left the customer panel.
# ending: failed; Signed and forgotten; The courier was chosen, or the partnership set up, without the groundwork: internal departments and customers were not properly heard, standards and data terms were not written into the agreement, and nothing checked performance until customers complained.
-> END
