EXTERNAL mood(who)
EXTERNAL trust(who)

# title: Departments at odds: the Elmsley chair promotion
# summary: A weekend promotion sold 340 Elmsley chairs with only 120 in stock. Marketing and Warehouse & Dispatch each blame the other. Put the customers first, mediate between the two departments and agree a standard that stops it happening again.
# duration: 15-20
# difficulty: advanced
# location: office
# start: 2025-03-10 08:45
# syllabus: communication-techniques
# syllabus: relationship-building
# syllabus: formal-vs-informal
# syllabus: partnership-challenge
# syllabus: coordinated-accountability
# syllabus: map-service-chain
# syllabus: sla-kpi
# syllabus: documenting-agreements
# syllabus: service-recovery
# syllabus: complaint-handling
# syllabus: escalation
# syllabus: legislation
# syllabus: pdca
# syllabus: service-standards
# character: customer; nair-priya
# character: cafe; aziz-tariq
# character: marketing; haddad-leila
# character: warehouse; nowak-kasia
# character: manager; pryce-owen
# partner: marketing
# partner: warehouse; with-marketing
# tutor-outcome: Start a dispute between two departments from the records, not from either side's story.
# tutor-outcome: Tell customers early and honestly what went wrong, without blaming a department, and give them real choices.
# tutor-outcome: Fit a remedy to the customer's need, and tell a consumer from a business buyer: the Consumer Rights Act 2015 protects consumers (s.2(3)), while a business buyer relies on the contract and the Sale of Goods Act 1979.
# tutor-outcome: Stay within your authority, and take what is above it to the manager with the facts, a proportionate proposal and a time for the customer.
# tutor-outcome: Mediate between internal departments by hearing interests, not positions, and agree a written internal SLA with a review, then act on what the review shows.
# tutor-marking: map-service-chain; Marketing, the stock feed, Warehouse & Dispatch and the website are links in one chain. The oversell happened in the gap between two of them.
# tutor-marking: partnership-challenge; Two departments blaming each other after an oversell, taken from blame to a negotiated standard.
# tutor-marking: partnership-delivery; Getting 97 customers and a trade account a date, an alternative chair or a refund, with both departments working to it.
# tutor-marking: formal-vs-informal; An informal habit of talking before promotions failed. A written, signed internal SLA replaces it.
# tutor-marking: relationship-building; One-to-ones, naming each side's needs, and a review agreed in advance keep the relationship between the departments maintained.
# tutor-marking: communication-techniques; Reflecting what each manager said, separating positions from interests, and negotiating a standard both can sign.
# tutor-model: Pull the stock feed log, the promotion brief and the order data first. By 11:00, tell the 97 customers honestly that Northway sold more than it had, with the 31 March date or a full refund, and ring the café. Hear Ms Nair out and offer in-stock Harlow chairs by Friday, waiting, or a refund. Tell Mr Aziz his rights as a business buyer and offer 20 Harlows for Thursday. Take his claim above your goodwill limit to Owen with a proposal, and ring him back by 4pm. See Leila and Kasia one to one, then name what each needs and ask them to design the fix. Draft a signed SLA with notice, a stock cap and a confirmation time. Agree a review after Easter and what it will measure. At the review, use the figures to keep or change the standard.
# tutor-wrong-turn: Sending both emails to the manager to decide who is at fault. Coordinating between departments to put customers right is the coordinator's job.
# tutor-wrong-turn: Saying the delay is due to high demand. It hides the oversell and leaves out the customer's choice of a refund.
# tutor-wrong-turn: Telling a customer that the warehouse's figure was wrong. It names a department in front of her, and the records show a gap between two teams.
# tutor-wrong-turn: Telling the café owner the Consumer Rights Act covers him, or that he has no claim at all. A business buyer isn't a consumer, but he has contract and Sale of Goods Act rights.
# tutor-wrong-turn: Ruling which department was more at fault, or asking them to shake hands as one team. Neither gives a standard for the next promotion.
# tutor-wrong-turn: Trusting the new agreement to run itself. Busy departments drift back unless a review is agreed in advance.

// Consequences carried through the story (kept few so the path checker can merge states).
VAR facts_first = false
VAR told = 0
VAR heard_separately = false
VAR priya_ok = false
// The café's order: 0 still an Elmsley order, 1 switched to Harlow chairs, 2 filled from retail customers' chairs
VAR cafe_order = 0
VAR sla_agreed = false
VAR late_fix = false
VAR imposed = false
VAR points = 0

-> opening

=== opening ===
# scene: office
# status: marketing at-risk
# status: warehouse at-risk
Monday 10 March, 08:45.
ORDERS DASHBOARD, 'Weekend Flash: Elmsley dining chair, £59 (was £95)', Saturday 8 to Sunday 9 March: 340 chairs ordered on 151 orders. In stock: 120. Allocated: 120 chairs, the first 54 orders (up to 11:04 on Saturday). Not allocated: 220 chairs on 97 orders.
Two emails arrived overnight, each copied to you.
Leila Haddad, Marketing, 23:12: "Warehouse's stock figure said 410 available on Saturday morning. We promoted what the system told us was there. I need to know why the figure was wrong before the customer complaints start."
Kasia Nowak, Warehouse & Dispatch, 06:30: "Found out about this 'flash sale' from 340 order lines at 6am. Nobody told us. We have 120 chairs. We have never had 410."
# evidence: partnership-challenge
# evidence: map-service-chain
# ask-before: Two departments blame each other, and 97 orders have no chairs. Where do you start, and why?
# ask-after: What did our first move give us to work with, or leave us without?
* [Send both emails on to Owen Pryce, the Store Operations Manager, and ask him to decide which team is at fault before you do anything.]
    # score: escalation -2; This is over-escalation. Coordinating across departments to put things right for customers is the coordinator's job. Escalate when a decision is outside your authority, and take a summary and a proposal with you.
    # log: manager; email; Forwarded Marketing and Warehouse emails about the Elmsley oversell to the Store Operations Manager
    # speaker: manager
    "Thanks, but this one's yours. You're the coordinator: get the facts, look after the customers, get Leila and Kasia in a room. Come to me if you need a decision you can't make."
    -> records
* [Pull the stock feed log, the promotion brief and the order data before you speak to either team, so you start from the records.]
    # score: investigation +2; Before you mediate, know the facts. Two departments blaming each other gives you two stories. The records show where the chain actually broke, and they let you keep the conversation about process rather than people.
    ~ facts_first = true
    ~ points += 1
    -> records
* [Start with the customers: send everyone affected a holding message now, and take up the departments' row this afternoon.]
    # score: investigation -1; Putting customers first is right, but without the facts you can't give them a date or real choices. Leaving the internal argument for later means the same gap is still open for the next promotion.
    # misconception: ignore-internal
    # log: customer; system; Holding message queued to affected Elmsley customers: 'your order is delayed'
    -> records

=== records ===
# clock: +30m
PROMOTION BRIEF, Marketing, Wednesday 5 March: "Weekend Flash, Elmsley chair, 48 hours, target 300 units." Sent to: Web team, Finance. Not sent to: Warehouse & Dispatch.
STOCK FEED LOG, Saturday 02:00: Elmsley 'available' = 410. That is 120 on the shelf plus 290 on a supplier purchase order due Friday 7 March. Feed rule, set up by Buying in 2022 for pre-orders: stock on an open purchase order counts as available.
BUYING NOTE, Thursday 6 March: supplier delivery of 290 Elmsley chairs put back to Friday 28 March. The feed still counted them.
DISPATCH PLAN: from Monday 31 March, once the delivery is booked in and checked.
IN STOCK: Harlow dining chair, a similar size and shape, £59 at full price: 180 on the shelf.
Trade account: The Copper Kettle café, Harrogate: 20 chairs, £1,180, ordered Sunday 18:40, not allocated.
{facts_first:
    You had the records open before the phones started.
- else:
    You pull the records while the first calls come in.
}
~ facts_first = false
# evidence: service-recovery
# evidence: complaint-handling
# ask-before: You now know what happened. What do the 97 customers need to hear, and when?
# ask-after: What did the customers learn from us, and what choices did they have?
* [Send the standard 'delayed due to high demand' email to the 97 customers this morning, with the new dispatch date of 31 March.]
    # score: follow-through +1; It is prompt and gives a date, which is better than silence.
    # score: ownership -1; 'High demand' hides the fact that we sold stock we didn't have. Customers can tell when they're being spun a line, and it leaves out their right to choose a refund instead of waiting.
    # log: customer; email; Standard 'delayed due to high demand' email sent to 97 customers, new dispatch date 31 March
    ~ told = 2
    -> priya
* [Hold the message until the supplier confirms 28 March in writing, and tell the 97 customers just once, with a date that will hold.]
    # score: follow-through -2; 'Tell them once' sounds tidy, but in the meantime 97 customers have paid and hear nothing. Silence turns a delay into a complaint. Give them what you know now and update them when it changes.
    ~ told = 3
    -> priya
* [By 11:00, email and text the 97: we sold more than we had, and we're sorry; wait for 31 March or cancel for a full refund. Ring the café.]
    # score: ownership +2; An honest, early apology that says what happened, without blaming a department, is ownership. Customers hear it from you before they have to chase.
    # score: follow-through +2; Proactive and specific: a date you have checked and a real choice, sent today. Every customer knows where they stand.
    # promise: update; customer; by 11:00; Email and text every affected Elmsley customer by 11:00 with the date and their options
    # log: customer; email; Oversell apology and options sent to 97 customers: wait for dispatch from 31 March at £59, or cancel for a full refund
    ~ told = 1
    ~ points += 1
    -> priya
* [Cancel the 97 unallocated orders today with a full refund and an apology, so that nobody is left waiting for a date that could slip yet again.]
    # score: remedy -2; This is quick for us and wrong for them: many would have waited at the sale price, or taken another chair, and now that choice has gone. A clean refund can't make up for a decision taken out of their hands.
    # log: customer; system; 97 unallocated Elmsley orders cancelled and refunded
    ~ told = 4
    -> priya

=== priya ===
# time: 11:30
# scene: contact-centre
11:30. CRM: Ms Priya Nair, Leeds. Order NH-50977: 4 × Elmsley chair, sage, £236, ordered online Saturday 21:15, paid. Not allocated. Delivery address: a new flat, from Thursday 13 March.
{
- told == 1:
    # kept: update
    # speaker: customer
    # mood: customer fail
    "I got your email, and thank you for being straight about it. But the end of March is no good to me. I move into my new flat on Saturday. The chairs I use now belong to my old landlord, and I work from home at that table four days a week."
- told == 2:
    # speaker: customer
    # mood: customer fail
    "'High demand'? A friend saw it on Facebook: you sold chairs you didn't have. I move into my new flat on Saturday. The chairs I use now are my old landlord's, and I work from home at that table four days a week."
- told == 3:
    # speaker: customer
    # mood: customer fail
    "My order's said 'processing' since Saturday, and now I'm reading online that you sold chairs you didn't have. Is that true? I move flat on Saturday, the chairs I use now are my landlord's, and I work from home at that table."
- else:
    # speaker: customer
    # mood: customer fail
    "You've cancelled my order. I didn't ask you to. I move into my new flat on Saturday, the chairs I use now are my old landlord's, and I work from home at that table four days a week. Now I've no chairs and no order."
}
# evidence: service-recovery
# evidence: legislation
# ask-before: Ms Nair moves into her flat on Thursday. What does she need, and what could you offer?
# ask-after: Did the remedy fit what she told us? Who made the choice, her or us?
* [Explain that Warehouse's stock figure was wrong, which is why the website oversold, and that her Elmsley chairs will follow from 31 March.]
    # score: ownership -2; Naming a department in front of the customer passes the blame, and it isn't even accurate: the records show a gap between two teams, not one team's mistake. She needs a solution for Saturday, not an internal explanation.
    # mood: customer blame-partner
    # speaker: customer
    "I don't care whose spreadsheet it was. I care about Saturday."
    -> cafe
* [Apologise, and offer a £25 voucher if she keeps her Elmsley order and waits for the 31 March dispatch instead of cancelling.]
    # score: remedy -2; A voucher doesn't give her anything to sit on from Saturday. Compensation in place of a remedy that meets her actual need, when an in-stock alternative was on the screen, leaves the real problem unsolved.
    # misconception: compensation-not-process
    # mood: customer dismiss
    # speaker: customer
    "So I work from a kitchen stool for three weeks, and I get twenty-five pounds off something else. No thanks."
    -> cafe
* [Explain that with no delivery date agreed the law allows up to 30 days, so 31 March is in time, though she could switch to Harlow chairs.]
    # score: listening -2; The 30-day rule is real (CRA s.28(3), where no date was agreed), but leading with it tells her she has no complaint before you have heard why the date matters. The Harlow then sounds like a favour, not a choice, and she turns it down.
    # mood: customer dismiss
    # speaker: customer
    "So legally I should just wait. Then I'll wait, and you can keep your Harlows. I'll work from a kitchen stool."
    -> cafe
* [Hear her out, then set out her choices: four in-stock Harlow chairs at the same £59 by Friday, wait for the Elmsley, or a full refund.]
    # score: listening +1; You let her tell you about Saturday before offering anything, and the remedy fits what she told you.
    # score: remedy +3; The remedy fits the failure and her date: a comparable chair at the price she expected, in time for the move, with waiting or a refund still open to her. She chooses; you don't choose for her.
    # score: compliance +1; Accurate and fair: she ordered online and can still cancel for a full refund, and you put that choice plainly beside the others and recorded what she chose.
    # mood: customer listen
    # mood: customer apologise
    # mood: customer reassure
    # promise: harlow; customer; by Friday 17:00; Four Harlow chairs delivered to Ms Nair's new flat by Friday 14 March
    # log: customer; phone; Ms Nair switched to 4 Harlow chairs at £59, same price, delivery to her new flat by Friday 14 March
    ~ points += 1
    ~ priya_ok = true
    # speaker: customer
    "The Harlow? The grey ones with the curved back? Actually, I like those better. I get the keys on Thursday, so Friday's perfect. Yes, please."
    -> cafe

=== cafe ===
# clock: +30m
12:00. Trade account: Mr Tariq Aziz, The Copper Kettle café, Harrogate. Order NH-51240: 20 × Elmsley chair, £1,180. Estimated delivery on the order: Friday 14 March. Trade terms: delivery dates are estimates; if we can't deliver within 10 working days of the estimate, either side may cancel for a full refund.
{
- told == 1:
    You ring him, as your plan said you would.
    # speaker: cafe
    # mood: cafe fail
    "Thanks for ringing rather than just emailing. But the end of March is no good to me."
- told == 2:
    # speaker: cafe
    # mood: cafe fail
    "I've had your email. 'High demand' and the end of March. That's no good to me."
- told == 3:
    # speaker: cafe
    # mood: cafe fail
    "Your website says my order's 'processing' and half of Facebook says you've sold chairs you haven't got. Which is it?"
- else:
    # speaker: cafe
    # mood: cafe fail
    "Your system's cancelled my order. Twenty chairs, and nobody asked me."
}
# speaker: cafe
"I'm relaunching the café on Saturday the 22nd. I've taken on two new staff. I know my rights: the Consumer Rights Act says you have to deliver, doesn't it? So what are you going to do about it?"
# evidence: legislation
# evidence: complaint-handling
# ask-before: Mr Aziz runs a café and says the Consumer Rights Act covers him. Does it, and what can you offer him?
# ask-after: What rights does a business buyer have, and did our offer meet his real deadline?
* [Tell him the Consumer Rights Act covers him like any other customer, so he's due a full refund, and that you'll look into compensation too.]
    # score: compliance -2; The Consumer Rights Act protects consumers (s.2(3)), not a business buying for its café; his rights come from the contract and the Sale of Goods Act 1979. Getting the law wrong sets expectations you can't meet, and 'compensation' promised on the phone is a figure nobody has agreed.
    # mood: cafe reassure
    # speaker: cafe
    "Good. A refund's no use for Saturday week, though, so let's talk about that compensation."
    -> discount
* [Explain that as a business he's covered by our trade terms and the Sale of Goods Act, not the CRA; then offer 20 Harlows at £59 for Thursday.]
    # score: compliance +2; Accurate. A café buying for its business isn't a consumer under the CRA (s.2(3)), but it has rights: the contract, and the Sale of Goods Act 1979 (goods as described and of satisfactory quality, ss.12-15; delivery within a reasonable time where no date is fixed, s.29(3)), limited only as far as UCTA 1977 allows.
    # score: remedy +2; A remedy that meets his real deadline, the relaunch on the 22nd, at no extra cost to him, with waiting or cancelling still open.
    # mood: cafe reassure
    # promise: cafe-chairs; cafe; by Friday 17:00; 20 Harlow chairs delivered to The Copper Kettle by Friday 14 March
    # log: cafe; phone; Trade account: his rights under the trade terms and the Sale of Goods Act explained; offered 20 Harlow chairs at £59 for delivery Thursday 13 March; accepted
    ~ points += 1
    ~ cafe_order = 1
    # speaker: cafe
    "Fair enough, you're not hiding behind small print. The Harlow's fine. Thursday."
    -> discount
* [Explain that business buyers aren't covered by consumer law and his trade terms say dates are estimates, so there's no claim, but he can cancel.]
    # score: compliance -2; Half right, and the wrong half matters. He isn't a consumer under the CRA, but a business buyer still has rights under the contract and the Sale of Goods Act 1979, including delivery within a reasonable time where no date is fixed (s.29(3)). Terms can limit those rights only as far as UCTA 1977 allows.
    # score: remedy -1; Cancelling leaves him with no chairs for the relaunch, when Harlow chairs were on the shelf.
    # mood: cafe dismiss
    # speaker: cafe
    "No claim. Right. Then I'll be thinking about cancelling, and about who wants my business."
    -> discount
* [He's a trade account worth £1,180, so move 20 allocated Elmsley chairs from retail orders to his, and the café opens on time.]
    # score: remedy -2; This fixes one customer by letting down others: retail customers who were told their chairs were on the way would now wait until 31 March, a new failure for people who had none.
    # score: ownership -1; Quietly moving stock between customers isn't owning the problem; it just moves it somewhere out of sight.
    # mood: cafe resolve
    # log: warehouse; system; 20 allocated Elmsley chairs reallocated from retail orders to trade order NH-51240
    ~ cafe_order = 2
    # speaker: cafe
    "Now that's service. Thursday, then."
    -> discount

=== discount ===
{told == 3:
    ~ told = 2
}
# speaker: cafe
"One more thing. I had to pay my shopfitter £120 to come back another day because of all this. I want 15% off the order for the trouble."
Your goodwill limit is £50 per order. 15% of £1,180 is £177.
# evidence: escalation
# ask-before: He asks for 15% off, which is above your £50 limit. What do you do?
# ask-after: What was a fair figure here, and who had the authority to agree it?
* [Agree the 15% yourself: £177 is a fair price for keeping a trade account that orders twenty chairs at a time, and it settles things today.]
    # score: escalation -2; Giving £177 when your limit is £50 goes beyond your authority. It may feel decisive, but it sets a precedent nobody agreed, and it wasn't even the fair figure: his loss was £120.
    # mood: cafe resolve
    # log: cafe; phone; 15% (£177) goodwill discount agreed on NH-51240
    # speaker: cafe
    "Deal. Pleasure doing business."
    -> one_to_ones
* [Offer him the £50 you can authorise today, and explain plainly that 15% is more than you're allowed to agree on your own.]
    # score: escalation -1; You stayed inside your limit and were honest about it, but his loss is £120 and he can show it. When the fair answer is above your authority, take it up with a proposal rather than stopping at what you can sign off.
    # mood: cafe dismiss
    # log: cafe; phone; £50 goodwill offered on NH-51240; 15% request declined as above authority
    # speaker: cafe
    "Fifty quid, against a hundred and twenty. Right. I'll think about where I order next time."
    -> one_to_ones
* [Say it's above your limit; email Owen a summary proposing to refund the £120 on receipt, and promise to ring Mr Aziz back by 4pm.]
    # score: escalation +2; Right: the request is beyond your authority, so you escalate it promptly with the facts and a proportionate proposal, and you tell the customer exactly when he'll hear back.
    # promise: cafe-decision; cafe; by 16:00; Call Mr Aziz back by 4pm with a decision on the shopfitter's cost
    # log: manager; email; Goodwill request from The Copper Kettle: 15% asked (£177); proposed refunding the £120 shopfitter cost on receipt
    # speaker: manager
    "Good summary, and the proposal makes sense. Approved: refund the £120 against his invoice."
    # kept: cafe-decision
    # score: follow-through +1; You gave him a time, got the decision and rang him back well within it. A kept call-back rebuilds trust that the oversell damaged.
    # mood: cafe exceed
    # log: cafe; phone; £120 shopfitter cost to be refunded on receipt of invoice, approved by the Store Operations Manager
    # speaker: cafe
    "You rang when you said you would, and you've covered the shopfitter. I'll remember that."
    ~ points += 1
    -> one_to_ones

=== one_to_ones ===
# time: 13:30
# scene: office
13:30. Customers are dealt with for now. Next you need Marketing and Warehouse & Dispatch to agree how this never happens again.
# evidence: communication-techniques
# evidence: relationship-building
# ask-before: Leila and Kasia are both defensive. How do you want to hear from them?
# ask-after: What did each of them say that we would not have heard another way?
* [See each of them alone first, twenty minutes each: let each tell it her way, reflect what you heard, and ask what she needs.]
    # score: listening +2; One-to-ones let each side be heard without losing face in front of the other. Saying back what you heard and asking what they need brings out their interests, not just their positions.
    # trust: marketing consult
    # trust: warehouse consult
    # log: marketing; meeting; One-to-one with Leila Haddad about the Elmsley promotion
    # log: warehouse; meeting; One-to-one with Kasia Nowak about the Elmsley promotion
    ~ heard_separately = true
    ~ points += 1
    # speaker: marketing
    "Honestly? I'm mortified. Flash sales only work if we can move within a day or two. A competitor dropped their chair price on Wednesday and I had to answer it. I checked the site figure. I didn't know it counted chairs on a lorry. What I need is a number I can trust, quickly."
    # scene: warehouse
    # speaker: warehouse
    "I'm not having my team blamed for a figure Buying set up for pre-orders. If I'd known on Wednesday, I'd have said 120, and I'd have had two extra pickers in for Saturday instead of paying overtime. What I need is notice. And I need someone to ask me."
    -> joint
* [Bring both of them to a joint meeting at 14:00: one conversation saves time, and each of them hears the other side first-hand.]
    # score: listening -1; Putting two defensive people in a room before either has been heard usually means each defends their position in front of the other. A few minutes one to one would have brought out what each of them actually needs.
    # log: marketing; meeting; Joint meeting called with Marketing and Warehouse & Dispatch
    -> joint
* [Ask each of them for a short written account of what happened by 16:00, so you have both sides in writing before the three of you meet.]
    # score: listening -1; Written accounts invite each side to build a case, not to listen. They give you statements, not understanding.
    # score: partner-communication -1; Asking for written accounts feels like an inquiry, not a conversation, and it pushes both departments onto the defensive.
    # log: marketing; email; Asked Marketing and Warehouse for written accounts of the Elmsley oversell
    -> joint

=== joint ===
# time: 15:00
# scene: office
15:00. Meeting room 2. Leila on one side of the table, Kasia on the other.
{not heard_separately:
    # speaker: marketing
    "Let's be clear: the stock figure came from Warehouse's system. We promoted what it said."
    # speaker: warehouse
    "It's not 'Warehouse's system'. It's a feed Buying set up. And you didn't tell us there was a promotion."
}
~ heard_separately = false
# speaker: marketing
"So what, I need Warehouse's permission to run a sale now?"
# speaker: warehouse
"You need to tell us. That's all I've ever asked for."
# evidence: communication-techniques
# evidence: partnership-challenge
# ask-before: They are arguing in front of you. What do you do to move them on?
# ask-after: What does each of them need, and what would settle the argument for the next promotion?
* [Go through the timeline together and say which team was more at fault, to settle the argument and let everyone move on from it.]
    # score: partner-communication -2; A ruling gives you a loser, not a fix. Both departments contributed, and the gap between them was a missing protocol. Blame makes the next conversation harder.
    # score: listening -1; Ruling on the facts skips over what each side needs.
    # trust: marketing blame
    # speaker: marketing
    "So it's all on Marketing. Noted."
    -> negotiate
* [Remind them they're one team, ask them to shake hands, and get both to agree to talk to each other before every promotion.]
    # score: partner-communication -2; 'We're one team' is true but not enough. Departments that rely on each other need an agreed standard: who tells whom, what, and by when. Goodwill with no standard is what failed this weekend.
    # misconception: partnership-is-teamwork
    # speaker: warehouse
    "Fine. Talk more. But that's what we said after the garden furniture sale last summer."
    -> negotiate
* [Name what each of them needs (Leila: speed and a figure she can trust; Kasia: notice and a real number) and ask them to design the fix.]
    # score: listening +2; Separating positions ('it's your figure', 'you didn't tell us') from interests (speed, notice, a trustworthy number) is the core of negotiation. Once both hear their own needs said back, they can work on the problem together rather than on each other.
    # score: partner-communication +1; Joint problem-solving starts from shared goals: both want customers who get what they were promised.
    # trust: marketing support
    # trust: warehouse support
    ~ points += 1
    # speaker: marketing
    "Put like that, we want the same thing. I just can't do five days' notice for everything."
    -> negotiate

=== negotiate ===
# speaker: marketing
"If the answer is 'five working days' notice for every promotion', forget it. Flash sales happen because a competitor drops a price on a Thursday."
# speaker: warehouse
"And I can't count four hundred chairs in two hours. But I can tell you what's on the shelf by the end of the day."
# evidence: sla-kpi
# evidence: documenting-agreements
# evidence: formal-vs-informal
# ask-before: Marketing needs speed and Warehouse needs notice. What would a standard both could keep look like?
# ask-after: Is what was agreed written down, with times and a figure both trust? Who can hold whom to it?
* [Back Kasia's position: five working days' notice for every promotion, flash sales included, no exceptions. Write it up for both to sign.]
    # score: partner-communication -1; It's written down, but it's one side's position, not an agreement. A rule that makes flash sales impossible will be worked round, probably the first time a competitor cuts a price.
    # trust: marketing bypass
    # agree: warehouse; written; Five working days' notice to Warehouse before any promotion
    ~ imposed = true
    # speaker: marketing
    "Fine. I'll sign it. You know what'll happen, though."
    -> monitor
* [Draft an SLA with them: 5 working days' notice (2 for flash sales), each promotion capped at shelf stock, stock confirmed in 1 day; both sign.]
    # score: partner-communication +3; A negotiated standard that meets both sides' interests: speed for Marketing, notice and a real number for Warehouse. It's written and signed, and Owen gets a copy, so both can be held to it and it can be reviewed.
    # score: investigation +1; Capping promotions at on-shelf stock deals with the root cause: the feed counting stock still on a lorry.
    # trust: marketing agree-written
    # trust: warehouse agree-written
    # agree: marketing; written; Internal SLA: promotion brief to Warehouse 5 working days before launch, flash promotions 2 working days; every promotion capped at Warehouse-confirmed on-shelf stock
    # agree: warehouse; written; Internal SLA: Warehouse confirms on-shelf stock within 1 working day of a promotion brief; named contacts Kasia Nowak and Leila Haddad; review after the Easter promotion
    # log: marketing; meeting; Marketing and Warehouse & Dispatch agreed promotion protocol and internal SLA; signed copy to the Store Operations Manager
    # status: marketing on-track
    # status: warehouse on-track
    ~ sla_agreed = true
    ~ points += 2
    # speaker: warehouse
    "One working day, I can do. And if it's capped at what's on my shelves, I can sign that."
    # speaker: marketing
    "Two days for a flash, capped. I can live with that. Send it round and I'll sign it today."
    -> monitor
* [Agree the principle that Marketing checks stock with Warehouse before each promotion, and let Leila and Kasia settle the details between the two of them.]
    # score: partner-communication -2; There's no timescale, no named contacts, no figure to check against and nothing written down. A principle without a protocol is the same informal arrangement that failed this weekend.
    # misconception: no-sla-protocol
    # trust: marketing agree-verbal
    # trust: warehouse agree-verbal
    # agree: marketing; verbal; Marketing to check with Warehouse before promotions
    # speaker: marketing
    "Sure. I'll drop Kasia a line next time."
    -> monitor

=== monitor ===
# speaker: marketing
"Next one's Easter: the Harlow chair, Good Friday, 18 April."
# evidence: pdca
# evidence: relationship-building
# ask-before: The next promotion is at Easter. Does the agreement need anything more from you?
# ask-after: What will show whether the agreement is working, and who will look?
* [Book a review with both for the Tuesday after Easter, and agree now what you'll look at: notice, confirmation time, oversells, complaints.]
    # score: investigation +2; PDCA needs its Check. Agreeing now what you'll measure and when means the review will be about evidence, not memories.
    # log: marketing; email; Post-Easter review booked for 22 April with Marketing and Warehouse: notice, confirmation time, oversells, complaints
    ~ points += 1
    # speaker: warehouse
    "Good. I'll bring the pick figures."
    -> restock
* [Trust them with it: both have agreed, both want it to work, and checking up on them this soon could undo the goodwill you built today.]
    # score: investigation -2; Good relationships need maintaining. Two busy departments under pressure will drift back to old habits unless someone checks, and a review agreed in advance is not checking up on anyone.
    # misconception: relationships-self-sustain
    -> restock
* [Ask Owen to check each month that both departments are keeping to it, as he is the one with authority over both of them.]
    # score: escalation -1; Monitoring an agreement you coordinated is your job. Handing it to the manager makes it a policing exercise and takes up his time on something you're able to do.
    # log: manager; email; Asked the Store Operations Manager to monitor the promotion protocol monthly
    # speaker: manager
    "I'll look if there's a problem. But you're closer to it than I am."
    -> restock

=== restock ===
# time: Friday 09:00
# scene: contact-centre
Friday 14 March.
{
- priya_ok:
    # kept: harlow
    # mood: customer resolve
    Ms Nair: four Harlow chairs delivered to her new flat at 10:20{told == 4:, on an order rebuilt by hand after the cancellation}. She has somewhere to work on Monday.
- told == 4:
    # mood: customer fail
    Ms Nair: order cancelled and refunded. CRM note: "Bought chairs elsewhere."
- else:
    # mood: customer fail
    Ms Nair: still waiting for Elmsley chairs due from 31 March. CRM note: "Working from a kitchen stool. Not impressed."
}
{
- cafe_order == 1:
    # kept: cafe-chairs
    # mood: cafe resolve
    The Copper Kettle: 20 Harlow chairs delivered on Thursday, ready for the relaunch.
- cafe_order == 2:
    The Copper Kettle: 20 Elmsley chairs delivered on Thursday, taken from retail orders that now wait until 31 March. Eleven of those customers have rung in.
- told == 4:
    The Copper Kettle: no chairs. Northway cancelled the order on Monday, and Mr Aziz has bought chairs from a catering supplier for the relaunch.
- else:
    # mood: cafe fail
    The Copper Kettle: Mr Aziz cancelled order NH-51240 on Wednesday and bought chairs from a catering supplier for the relaunch.
}
Buying confirms in writing: 290 Elmsley chairs due Friday 28 March. Dispatch from Monday 31 March.
-> easter

=== easter ===
# time: 2025-04-22 09:00
# scene: office
Tuesday 22 April, after the Easter promotion.
{
- sla_agreed:
    # sla: easter-confirm; warehouse; +1 working day; Warehouse confirms on-shelf Harlow stock within 1 working day of the Easter brief
    # sla-met: easter-confirm
    EASTER PROMOTION, Harlow chair: brief reached Warehouse 4 working days before launch, one day short of the agreed 5. Warehouse confirmed 150 on the shelf within 3 hours. Promotion capped at 150 and sold out on Saturday at 15:10. Oversells: none. Customer contacts: 38 people who saw 'sold out' asked when it would be back.
- imposed:
    # status: marketing breached
    # status: warehouse at-risk
    EASTER PROMOTION, Harlow chair: a competitor cut its price on the Wednesday, so Marketing launched with two days' notice, outside the five-day rule, and didn't send a brief at all. The promotion was not capped. 195 sold against 150 on the shelf: 45 oversold. Customer contacts: 61.
- else:
    # status: marketing breached
    # status: warehouse at-risk
    EASTER PROMOTION, Harlow chair: Marketing emailed Kasia late on Wednesday, and she was on leave. The promotion was not capped. 195 sold against 150 on the shelf: 45 oversold. Customer contacts: 61.
}
{
- sla_agreed:
    # speaker: marketing
    "Before you say it: the brief was a day late. Easter crept up on us. And we need a 'tell me when it's back' button; those 38 were ready to buy."
- imposed:
    # speaker: marketing
    "I told you what would happen. Five days is fine for a catalogue. It's useless when a competitor moves on a Wednesday."
- else:
    # speaker: marketing
    "I did tell Warehouse this time. It just didn't get to anyone who could act on it."
}
# evidence: pdca
# evidence: partnership-delivery
# ask-before: Easter has happened. What do you do with what happened?
# ask-after: Which step of plan, do, check, act did our choice complete, and what happens to the relationship now?
* {sla_agreed} [Email Leila a reminder that the agreement says five working days, and copy Kasia in to make sure both of them have the point in writing.]
    # score: partner-communication -1; A one-way reminder about a rule deals with one slip and misses what the figures are telling you, such as the lost sales from 'sold out'. Feedback should go both ways.
    # log: marketing; email; Reminder sent to Marketing about promotion notice, copied to Warehouse
    Leila replies: "Noted." Nothing else changes.
    -> ending
* {sla_agreed} [Hold the review with both: go through the figures, agree what to keep and what to change, and update the written protocol.]
    # score: partner-communication +2; Check and Act together: the review uses the figures, hears both sides and changes the standard where the evidence says so. Relationships are kept up by doing this regularly, not by hoping.
    # score: investigation +1; You looked at the results before deciding what to change.
    # trust: marketing support
    # trust: warehouse support
    # log: marketing; meeting; Post-Easter review of the promotion protocol with Marketing and Warehouse & Dispatch
    # agree: marketing; written; Protocol updated: quarterly promotion calendar shared with Warehouse; 'notify me' waitlist on capped promotions; 5-day brief reminder in the Marketing calendar
    ~ points += 1
    You keep the cap and the one-day confirmation. Leila adds a quarterly promotion calendar and a 'notify me' button, and the brief deadline goes into Marketing's own calendar.
    -> ending
* {sla_agreed} [Escalate to Owen that Marketing broke the signed agreement at Easter, so the breach is known to someone who can act on it.]
    # score: escalation -2; This is over-escalation. A first slip, which the review meeting exists to deal with, isn't a matter for the Store Operations Manager. Escalating it damages the relationship you've just built.
    # trust: marketing blame
    # log: manager; email; Reported Marketing's late Easter brief to the Store Operations Manager
    # speaker: manager
    "Have you talked to Leila about it? Start there."
    -> ending
* {not sla_agreed} [Escalate to Owen: a second oversell in six weeks, with a summary and a proposal that both departments sign a written protocol.]
    # score: escalation +1; A repeat failure that customers feel, with a proposal attached, is fair to escalate. Even so, you could have brought the two departments to a signed protocol yourself.
    # log: manager; email; Escalated second oversell to the Store Operations Manager with a proposed written promotion protocol
    # agree: marketing; written; Promotion protocol required by the Store Operations Manager: notice periods, stock cap, named contacts
    # status: marketing on-track
    # status: warehouse on-track
    ~ late_fix = true
    # speaker: manager
    "Twice is a pattern. I'll ask both heads to sign your protocol by Friday."
    -> ending
* {not sla_agreed} [Email both a reminder to talk before every promotion, and ask Kasia to name a deputy who can answer Leila when she's on leave.]
    # score: partner-communication -1; A deputy helps, but a reminder to repeat the arrangement that has just failed won't change much. What's missing is a standard: notice, a stock cap and a figure both trust, not goodwill.
    # misconception: no-sla-protocol
    # log: marketing; email; Reminder to Marketing and Warehouse to liaise before promotions; deputy requested for Warehouse
    Two replies: "Will do." Nothing else changes.
    -> ending
* {not sla_agreed} [Hold a review with both: use Easter's oversell to negotiate a written protocol with notice, a stock cap, named contacts and cover.]
    # score: partner-communication +2; Check and Act: the second oversell is the evidence, and you use it to build the standard that was missing, with both departments at the table.
    # score: investigation +1; You looked at why the arrangement failed before deciding what to change.
    # trust: marketing support
    # trust: warehouse support
    # agree: marketing; written; Internal SLA: brief to Warehouse 5 working days before launch, flash promotions 2; every promotion capped at Warehouse-confirmed on-shelf stock
    # agree: warehouse; written; Warehouse confirms on-shelf stock within 1 working day of a brief; named contacts and cover during leave; review after the summer promotion
    # log: marketing; meeting; Post-Easter review; written promotion protocol agreed by Marketing and Warehouse & Dispatch
    # status: marketing on-track
    # status: warehouse on-track
    ~ late_fix = true
    ~ points += 1
    It has taken six weeks and a second oversell, but you now have a proper written protocol: notice periods, a cap at confirmed stock, named contacts and cover.
    -> ending

=== ending ===
{
- sla_agreed && told == 1 && points >= 8:
    -> ending_strong
- points <= 4:
    -> ending_failed
- told != 1 && (sla_agreed || late_fix):
    -> ending_partial_customers
- told != 1:
    -> ending_failed
- told == 1 && not sla_agreed:
    -> ending_partial_internal
- else:
    -> ending_partial_loose
}

=== ending_strong ===
At the summer promotion, Kasia has the stock figure back to Leila within the morning, and nobody has to send an email at 23:12.
# ending: strong; From blame to a working standard; Customers heard the truth from you early and chose what suited them, and the people with a date to meet were given a way to meet it. Inside, you turned a blame match into a negotiated, written internal SLA that both departments signed, then improved it with evidence after Easter. Marketing and Warehouse & Dispatch now work to an agreed standard instead of hoping to get along.
-> END

=== ending_partial_customers ===
The departments have a signed protocol on the shared drive. Some of the 97 customers won't be back.
# ending: partial; Standard agreed, customers left behind; Marketing and Warehouse & Dispatch now have a written protocol, but customers paid for a slow or partial recovery: some had to chase, some were spun a line, and some had their choice taken away. Next time, tell affected customers early, honestly and with real options while the internal fix is still being worked out.
-> END

=== ending_partial_internal ===
The customers who rang in were well looked after. The next oversell is already in Marketing's calendar.
# ending: partial; Customers looked after, gap left open; Customers heard early and honestly, but the mediation ended without an agreed written standard, and Easter oversold again. Goodwill and a promise to talk more aren't a protocol. Notice periods, a stock cap, named contacts and cover are what stop the next oversell, and a mediation should end with them signed.
-> END

=== ending_partial_loose ===
Most of the chain held. A few links are weaker than they need to be.
# ending: partial; Good start, loose ends; The big pieces were in place, an honest early message and a signed standard, but some of the people along the way were let down: a customer whose real deadline was missed, a request handled outside your authority, or a department left feeling blamed. Look back at the moments where you took the quick route.
-> END

=== ending_failed ===
{sla_agreed || late_fix:A signed protocol sits on the shared drive, but the customers let down in March remember this better than anyone at Northway Home.|In May, Leila and Kasia are copying you into each other's emails again.}
# ending: failed; Oversold, then overlooked; Too much of this recovery went the quick way: customers told late, vaguely or not given a choice; remedies that missed their real deadlines; a mediation that ended in blame or a handshake; or a standard nobody checked. Start from the facts, tell customers early and honestly, listen to each department for what it needs, and agree a written standard that you then check.
-> END
