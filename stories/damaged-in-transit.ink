EXTERNAL mood(who)
EXTERNAL trust(who)

# title: Damaged in transit: the Lumen glass table
# summary: Ms Silva's glass-topped dining table arrived shattered, and she has been told to claim from the courier. Take the problem back, put it right for her, and use the courier's data and feedback to stop it happening to the next customer.
# duration: 15-20
# difficulty: intermediate
# location: contact-centre
# syllabus: communication-techniques
# syllabus: service-recovery
# syllabus: legislation
# syllabus: complaint-handling
# syllabus: service-standards
# syllabus: sla-kpi
# syllabus: map-service-chain
# syllabus: partnership-delivery
# syllabus: relationship-building
# syllabus: partner-feedback-process
# syllabus: pdca
# syllabus: coordinated-accountability
# syllabus: escalation
# syllabus: proactive-communication
# syllabus: partnership-challenge
# syllabus: crm
# character: customer; Ms Ana Silva; Customer; customer; silva
# character: colleague; Amy Chen; Customer service adviser; colleague; chen
# character: warehouse; Kasia Nowak; Warehouse team leader, Warehouse & Dispatch; department; nowak
# character: courier; Callum Reid; Depot manager, Pennine Freight; partner; reid
# character: manager; Femi Adeyemi; Head of Operations; colleague; adeyemi
# partner: courier; formal; Contract KPIs: on-time delivery 97%, damage rate under 0.5% of consignments a month; two-person deliveries booked by 16:00 delivered within 2 working days; monthly KPI report to Northway
# partner: warehouse; formal; Internal service standard: orders dispatched within 1 working day, packed and labelled to the product's specification

// Flags are cleared once they have done their job, so that paths which only differ in the past merge.
VAR photos = false
VAR route = 0
VAR window = false
// trial: 0 no change to the process, 1 trial starts tomorrow, 2 trial starts a week late
VAR trial = 0
VAR protected = false
VAR broken_again = false
// upset: the times the customer was let down, put off or made to wait during the recovery
VAR upset = 0
// care: good practice that decides the ending (ownership taken, rights explained, slot promise kept)
VAR care = 0

-> opening

=== opening ===
# scene: contact-centre
# status: courier at-risk
Monday 7 July, 09:00. Customer Service, Northway Home. A call comes through from the queue, flagged "second contact".
CRM: Ms Ana Silva, Harrogate. Order NH-52231, placed Monday 30 June: Lumen dining table, 160 cm, 8 mm tempered-glass top, oak legs, £649. Two-person delivery by Pennine Freight on Saturday 5 July, 10:42. Driver's handheld note: "Carton dented one corner. Customer signed as unchecked."
CRM contact history, Sunday 6 July, web chat with Amy Chen: "I'm sorry to hear that! As the damage happened in transit, you'll need to raise a claim with Pennine Freight directly. Here is their claims form."
# speaker: customer
# mood: customer fail
# clock: +3m
"Hello. Right. I've been passed from pillar to post. Your table came on Saturday, I opened the box yesterday and the glass top is in a thousand pieces inside the carton. Your chat person told me to claim from the courier. So I rang the courier this morning, and they said they only deal with the sender, which is you. I've got a two-year-old and a box of broken glass in my hallway. What am I supposed to do?"
# evidence: communication-techniques
+ [Let her finish, then acknowledge all of it: the broken table, being sent round in circles, and broken glass in a house with a toddler.]
    # score: listening +2; You let her tell the whole story and named the impact back to her: not just a broken table, but being bounced between two companies and a safety worry at home. She now knows you've understood why it matters.
    # mood: customer listen
    # speaker: customer
    "Yes. Thank you. I just want someone to take it off my hands and sort it out."
    -> ownership
+ [Cut in with the order details from the CRM so you can start booking a collection straight away.]
    # score: listening -1; Acting fast is good, but cutting in before she'd finished tells her you're processing a case, not listening to a person. She hadn't even got to the toddler.
    ~ upset += 1
    # mood: customer dismiss
    # speaker: customer
    "I hadn't finished. Do you even know what's happened?"
    -> ownership
+ [Apologise that Pennine's crew damaged it, and tell her you'll be having words with them about how they handle furniture.]
    # score: ownership -2; Blaming the courier in front of the customer makes Northway look like a company that passes problems on. Her contract is with us.
    # score: investigation -1; And you don't know yet that it was the crew: nobody has looked at how the table was packed.
    # misconception: blame-before-checking
    ~ upset += 1
    # mood: customer blame-partner
    # speaker: customer
    "I don't care whose fault it is. I care that it's in my hall."
    -> ownership

=== ownership ===
She's waiting to hear who is actually going to sort this out.
# evidence: service-recovery
# evidence: legislation
+ ["You should never have been sent to Pennine, and I'm sorry you were. The table was our responsibility until it reached you in one piece, so dealing with Pennine is our job, not yours."]
    ~ care += 1
    # score: ownership +2; A specific apology, including for the wrong advice, and clear ownership: not our fault alone, but our problem.
    # score: compliance +2; Right in law: under the Consumer Rights Act goods stay at the trader's risk until the customer has them, so damage in transit is Northway's to put right, and Northway's to take up with the courier.
    # mood: customer apologise
    # speaker: customer
    "Finally. Thank you. That's all I wanted to hear on Sunday."
    -> evidence
+ ["As you've already been in touch with Pennine, let me give you a direct contact and a reference so they'll take your claim this time."]
    # score: ownership -2; Helping her chase the courier sounds supportive, but it hands our problem to the customer. Outsourcing the delivery doesn't outsource the responsibility.
    # score: compliance -2; Wrong in law: goods stay at the trader's risk until the customer has them. The claim against Pennine is Northway's, never the customer's.
    # misconception: outsourcing-responsibility
    ~ upset += 1
    # mood: customer dismiss
    # speaker: customer
    "No. I bought a table from you, not from them. I'm not chasing a courier about your table."
    She's right. You tell her Northway will deal with Pennine.
    -> evidence
+ ["I'm sorry. I'll get you a replacement as soon as Pennine have accepted liability for the damage."]
    # score: ownership +1; You apologised and took it on, which she needed.
    # score: compliance -1; But her rights don't wait for the courier: goods stay at the trader's risk until delivered, so whether Pennine accept liability is between Northway and Pennine.
    ~ upset += 1
    # mood: customer dismiss
    # speaker: customer
    "And how long will that take? Why is that my problem?"
    You tell her it isn't, and that her replacement won't wait for Pennine.
    -> evidence

=== evidence ===
The carton and the broken glass are still in her hallway. Whatever happens next, you'll be taking this up with Pennine.
# evidence: complaint-handling
+ [Ask her, only if she can do it safely, to send photos of the carton, the damage and the label, and not to touch the glass: Northway will collect all of it.]
    ~ photos = true
    # score: investigation +2; Evidence first: photos of the carton and label let you find out what happened, not just who pays. And you put her safety before your paperwork.
    # mood: customer reassure
    # speaker: customer
    "I can do that from the doorway. Give me five minutes."
    Four photos arrive: the carton, crushed at one bottom corner; the metal leg bracket pushed through the inner packing; the shattered top; and the shipping label, which reads "NH-52231 FURN-STD" and nothing else.
    -> remedy
+ [Ask her to bring the carton into the Harrogate store when she can, so the damage can be inspected properly.]
    ~ photos = true
    # score: remedy -2; Collecting damaged goods is the trader's job. Asking her to load a carton of broken glass into her car moves our cost and our risk onto her.
    ~ upset += 1
    # mood: customer dismiss
    # speaker: customer
    "In my Fiat? With a toddler? No. You can come and get it."
    You agree to collect it, and ask her for photos in the meantime. They arrive ten minutes later; the label reads "NH-52231 FURN-STD" and nothing else.
    -> remedy
+ [Don't trouble her for photos: she's been through enough. Just arrange the collection and a replacement.]
    # score: investigation -2; Kind, but without photos of the carton and label you have nothing to show the courier or the warehouse. You can settle who pays, but not find out why it broke.
    # mood: customer reassure
    # speaker: customer
    "Thank you. That's all I want."
    -> remedy

=== remedy ===
She received the table on 5 July, two days ago: well within 30 days.
# evidence: legislation
+ [Set out her choice: reject it for a full refund, or have a replacement. Either way Northway collects the damaged one at no cost. Ask which she'd prefer.]
    ~ care += 1
    # score: compliance +2; A table that arrives broken is faulty: under the Consumer Rights Act she can reject it for a full refund within 30 days, and the choice between a refund and a replacement is hers. You told her both and let her decide.
    # score: remedy +2; The remedy matches the failure: her choice of refund or replacement, with collection at our cost.
    # mood: customer reassure
    # speaker: customer
    "I still want the table. I love it. A replacement, please. When can it come?"
    You tell her that if she changes her mind, a refund would be paid within 14 days of agreeing it.
    -> booking
+ [Book her a replacement on the first available slot: it's what most people want.]
    # score: remedy +1; A replacement does put it right.
    # score: compliance -1; But within the first 30 days the choice between a refund and a replacement is hers. Deciding for her steers her away from a right she has.
    # mood: customer reassure
    # speaker: customer
    "A replacement. Fine, I suppose. When?"
    -> booking
+ [Offer her a £75 goodwill voucher straight away, and say the replacement will follow once Pennine's claim is settled.]
    # score: remedy -2; A voucher doesn't replace her table, and her replacement shouldn't wait on a claim between two businesses. Compensation is no substitute for putting it right.
    # misconception: compensation-not-process
    ~ upset += 1
    # mood: customer dismiss
    # speaker: customer
    "I don't want a voucher. I want a table without broken glass in it. When?"
    You book the replacement anyway.
    -> booking

=== booking ===
# clock: +5m
# sla: delivery; courier; +76h; Deliver the replacement Lumen for NH-52231 in the booked two-person slot on Thursday 10 July
# log: customer; phone; Ms Silva: Lumen NH-52231 arrived with the glass top shattered; replacement booked for Thursday 10 July with collection of the damaged table
Warehouse stock shows four Lumen tables. The first Pennine two-person slot is Thursday 10 July, with collection of the damaged table on the same visit.
# promise: slot; customer; +7h; Email Ms Silva her confirmed delivery slot by 16:00 today
You tell her you'll email her the confirmed delivery slot by 4 o'clock today.
-> amy

=== amy ===
# clock: +15m
Amy Chen's chat on Sunday followed the knowledge base to the letter. Article KB-118, "Courier damage", says: "Advise the customer to contact the carrier to report the damage and make a claim." It was last reviewed in 2021.
# speaker: colleague
"Was that my chat on Sunday? I did what the article says. Did I get it wrong?"
# evidence: service-standards
+ [Explain kindly why the advice was wrong and that the article is the real problem, and ask her to flag KB-118 with you to the knowledge-base owner today.]
    # score: compliance +2; Fixing the article means every adviser gives the next customer their rights, not just Amy.
    # score: investigation +1; You looked past the person to the cause: she followed a procedure that was wrong.
    # log: colleague; in-person; Explained to Amy Chen that goods are at Northway's risk until delivered; KB-118 flagged for correction
    # speaker: colleague
    "Oh no. I've probably sent three or four people to couriers this year. I'll flag it now, and I'll look back through my chats."
    -> check
+ [Tell her not to worry: it's sorted now.]
    # score: compliance -1; Kind, but the wrong article stays live, and the next customer who reports courier damage will get the same wrong advice.
    # speaker: colleague
    "Oh, good. Thanks!"
    -> check
+ [Let her team leader know she gave a customer wrong advice, so it can be picked up in her next review.]
    # score: investigation -1; Amy followed the article. Pointing at the person leaves the cause, the out-of-date article, in place for everyone else.
    # log: colleague; email; Reported Amy Chen's advice on NH-52231 to her team leader
    # speaker: colleague
    "Right. OK." She turns back to her screen.
    -> check

=== check ===
# clock: +15m
You open Pennine Freight's monthly KPI report for the Northway account. Contract targets: on-time delivery 97%, damage under 0.5% of consignments a month.
April: on-time 97.6%, damage 0.4%. May: on-time 97.9%, damage 0.7%. June: on-time 97.2%, damage 1.1%. June damage claims: 23, and 17 of them were glass-topped or glass-fronted items.
# status: courier breached
Pennine is meeting the on-time target, but the damage rate has been above target for two months and is rising.
# evidence: sla-kpi
# evidence: map-service-chain
+ [Before you ring Pennine, ask Kasia in Warehouse & Dispatch for the dispatch record of NH-52231: how it was packed, labelled and loaded.]
    # score: investigation +2; You checked Northway's own link in the chain before going to the partner. The warehouse packed and labelled the table: that's part of the story too.
    # trust: warehouse consult
    You head down to the warehouse.
    -> warehouse
+ [Ring Pennine first: the damage happened on their trailer, so they're the ones who can explain it.]
    # score: investigation -2; The damage showed up on the trailer, but you don't yet know why. Going to the partner first assumes the answer before you've checked how Northway packed and labelled it.
    # misconception: blame-before-checking
    # trust: courier blame
    # log: courier; phone; Asked Callum Reid why NH-52231 was damaged on Pennine's trailer
    # speaker: courier
    "I'll look into it. But before you point at my lads, ask your warehouse how that table was packed. Ring me back when you have."
    You head down to the warehouse.
    -> warehouse
+ [Email Pennine's account team the June damage figure and ask for their improvement plan within 5 working days, as the contract allows.]
    # score: investigation -1; The contract allows it, but you asked the partner to fix a problem before checking whether Northway's packing contributed to it.
    # score: partner-communication -1; A formal demand as the first contact puts Pennine on the defensive before you've heard their side.
    # trust: courier pressure
    # log: courier; email; Asked Pennine Freight for a damage-rate improvement plan within 5 working days
    Reply from Callum Reid, a few minutes later: "Happy to talk improvement plans. You might want to look at how your glass lines are packed first. Ring me."
    You head down to the warehouse.
    -> warehouse

=== warehouse ===
# scene: warehouse
# clock: +20m
# speaker: warehouse
"NH-52231... packed Friday 4 July, bay 6. Here's the dispatch photo: carton perfect when it left. We ship the Lumen in the factory carton, top and legs together, with our label on. Label says FURN-STD, standard furniture: that comes off the product file. Nothing wrong at our end that I can see."
# log: warehouse; in-person; Kasia Nowak: NH-52231 dispatched undamaged in the factory carton, labelled FURN-STD from the product file
The dispatch photo shows an undamaged carton. There is no FRAGILE or GLASS marking and no this-way-up arrows.
-> courier_call

=== courier_call ===
# scene: office
# clock: +15m
You ring Callum Reid, depot manager at Pennine Freight.
# speaker: courier
"Callum Reid. You'll be ringing about that glass table in Harrogate."
# evidence: partnership-delivery
# evidence: relationship-building
+ [Share what you have on NH-52231 and the June KPI trend, and ask him what his crews are seeing with Northway's glass items.]
    ~ route = 1
    # score: partner-communication +2; You shared the evidence and asked for his view before judging. Two-way communication is how you learn what the partner can see that you can't.
    # trust: courier consult
    # log: courier; phone; Shared the NH-52231 details and the June damage figures with Callum Reid; asked for Pennine's view
    -> feedback
+ [Tell him formally that Pennine is over the damage KPI for a second month, and that Northway will claim the £649 under the contract.]
    ~ route = 2
    # score: partner-communication -1; You're entitled to use the contract, but leading with the claim turns a conversation into a dispute, and you'll hear his side only as a defence.
    # trust: courier pressure
    # log: courier; phone; Told Callum Reid that Pennine is over the damage KPI and that Northway will claim £649 for NH-52231
    -> feedback
+ [Keep it light: Pennine have been a good partner for six years. Log a damage claim and leave the KPI figures for the quarterly review.]
    ~ route = 3
    # score: partner-communication -2; Six good years don't maintain themselves. A damage rate more than twice the target is exactly what a partner conversation is for, and waiting for the quarterly review means three more months of broken tables.
    # misconception: relationships-self-sustain
    # log: courier; system; Damage claim for NH-52231 logged on Pennine's claims portal
    -> feedback

=== feedback ===
{route == 1: -> open}
{route == 2: -> defensive}
-> later

= open
~ route = 0
# speaker: courier
"Thanks for that. {photos: Look at that label: FURN-STD. That's the problem, right there.|} Honestly? Your glass lines are most of the damage on your account. Can I tell you what my crews see?"
-> points

= defensive
~ route = 0
# speaker: courier
"Claim if you want, that's your right. But before you do, you should hear why it keeps happening."
-> points

= later
~ route = 0
# clock: +10m
Ten minutes after you log the claim, your phone rings.
# speaker: courier
"Callum at Pennine. I've seen your claim come in. Can I be straight with you about these glass tables before we go round this again?"
-> points

= points
~ photos = false
# speaker: courier
"Your Lumens come to us labelled FURN-STD, so on our manifest they're standard furniture. They go on the standard trailer, stood on end like a wardrobe to save space. Nothing on the carton says glass or this way up. And the legs are in the same carton with a metal bracket sat right against the glass: one knock on that corner and the bracket goes through it. Our other clients mark their glass, class it as fragile on the manifest, and put a board between the glass and anything hard. Then it goes flat in our fragile cage. Do that and I'd bet your damage rate halves."
# status: warehouse at-risk
# evidence: partner-feedback-process
+ [Thank him, and suggest a joint trial: Northway marks and packs glass items his way, Pennine loads them flat in the fragile cage, and you both check the damage rate in the August report.]
    ~ route = 1
    # score: partner-communication +2; You acted on the partner's feedback and turned it into a shared commitment with a date to check it. That's the feedback loop in the chain doing its job.
    # trust: courier support
    # speaker: courier
    "Deal. I'll brief the trailer crews today. Put it in an email and I'll reply to confirm."
    # agree: courier; written; Trial: Northway glass items marked GLASS, CARRY FLAT and classed fragile on the manifest; Pennine loads them flat in the fragile cage; damage rate reviewed together in the August KPI report
    Callum's confirmation arrives within the hour.
    -> kasia
+ [Thank him, but point out that packing is the warehouse's business and handling is his: his crews should carry every carton with care, label or no label.]
    # score: partner-communication -2; You heard the feedback and sent it back. The courier can see things about our packing that we can't; ignoring that keeps the same tables breaking.
    # score: investigation -1; You treated each link as doing its own job in isolation, so the cause is still there.
    # misconception: linear-chain
    # trust: courier ignore
    # speaker: courier
    "Fair enough. It's your damage rate."
    -> slot
+ [Forward his comments to Kasia in the warehouse, and leave it with her to decide what to change.]
    ~ route = 2
    # score: partner-communication +1; You passed the partner's feedback to the internal team who can act on it.
    # score: investigation -1; But passing feedback on isn't changing a process: no plan, no owner, no date to check whether it worked.
    # log: warehouse; email; Forwarded Callum Reid's packing and labelling feedback to Kasia Nowak
    # speaker: courier
    "Righto. Let me know how you get on."
    -> kasia

=== kasia ===
# scene: warehouse
# clock: +30m
{route == 2: Kasia rings you half an hour after your email, and you go down to see her.|You go back down to the warehouse with Callum's points.}
~ route = 0
# speaker: warehouse
"So the courier stands our tables on their heads, and it's my packing that's the problem? My team packs exactly to the product file. Nobody's ever told us the Lumen needs anything special."
# evidence: pdca
# evidence: coordinated-accountability
+ [Agree that her team packed to spec, show her the June figures and Callum's points, and ask what she'd need to make the change.]
    ~ trial = 1
    # score: investigation +2; You took the partner's feedback to the team that owns the process and agreed a change with a trial and a check date: plan, do, check, act.
    # trust: warehouse support
    # speaker: warehouse
    "Seventeen out of twenty-three? Right. I can do GLASS, CARRY FLAT labels and a hardboard sheet between the legs and the top from tomorrow, if someone gets the product class changed to fragile on the file. Four-week trial, and we look at the figures together with Pennine when the report comes out in August."
    # agree: warehouse; written; From Tuesday 8 July: glass-topped items packed with a board between legs and glass, labelled GLASS, CARRY FLAT, and classed fragile; four-week trial reviewed against Pennine's August KPI report
    # status: warehouse on-track
    You email the product team about the fragile class, copying Kasia.
    -> slot
+ [Tell her the change needs to happen from tomorrow, and that you'll copy in Femi Adeyemi so it's clear it has to.]
    ~ trial = 1
    # score: investigation +1; The change will happen, and it's the right change.
    # score: escalation -1; Using the Head of Operations as a lever before asking what she needs turns a joint fix into an order. Kasia will comply, but you lose her ideas and her goodwill.
    # trust: warehouse pressure
    # speaker: warehouse
    "Fine. Labels and boards from tomorrow. Anything else?"
    # agree: warehouse; written; From Tuesday 8 July: glass-topped items packed with a board between legs and glass and labelled GLASS, CARRY FLAT
    # status: warehouse on-track
    She turns away before you can answer.
    -> slot
+ [Ask Femi Adeyemi, Head of Operations, to instruct the warehouse to change how glass is packed.]
    ~ trial = 2
    # score: escalation -2; Over-escalating: a change between two teams that you can agree yourself doesn't need the Head of Operations. Escalate when something is outside your authority or stuck, with a proposal, not as the first step.
    # trust: warehouse bypass
    # log: manager; email; Asked Femi Adeyemi to instruct Warehouse & Dispatch to change glass packing
    # speaker: manager
    "Have you actually asked Kasia what she needs? Go and agree it with her, and come back to me if it stalls."
    By the time you and Kasia have agreed it, the trial is set to start next Monday, after Ms Silva's replacement has gone.
    # agree: warehouse; written; From Monday 14 July: glass-topped items packed with a board between legs and glass and labelled GLASS, CARRY FLAT
    -> slot

=== slot ===
# scene: office
# clock: +5h
Mid-afternoon. Pennine's booking system shows Thursday 10 July for Ms Silva's replacement, but no time window yet. You told her you'd email her slot by 4 o'clock.
# evidence: complaint-handling
+ [Email her now: Thursday is confirmed, and the two-hour window will follow by 10 o'clock tomorrow.]
    ~ care += 1
    ~ window = true
    # score: follow-through +2; You kept the time you gave her, and told her honestly what's still to come and when. A short update on time beats a complete one late.
    # kept: slot
    # mood: customer keep-promise
    # log: customer; email; Confirmed Thursday 10 July to Ms Silva; time window to follow by 10:00 tomorrow
    # promise: window; customer; +19h; Send Ms Silva her two-hour delivery window by 10:00 tomorrow
    Ms Silva replies: "Thank you for keeping me posted."
    -> escalate
+ [Wait for Pennine's time window, so she gets everything in one email.]
    # score: follow-through -1; Waiting for the full answer meant missing the time you gave her. She doesn't know you're waiting on Pennine; she only knows 4 o'clock came and went.
    ~ upset += 1
    # clock: +2h
    Pennine's window arrives at the end of the day: Thursday, 08:00 to 10:00. You email it to Ms Silva.
    # log: customer; email; Sent Ms Silva her Thursday 08:00 to 10:00 delivery window
    # speaker: customer
    "I'd given up on hearing today."
    -> escalate

=== escalate ===
# clock: +17h
{window: -> forward}
-> decide

= forward
~ window = false
# kept: window
# mood: customer keep-promise
# log: customer; email; Sent Ms Silva her Thursday 08:00 to 10:00 delivery window
First thing on Tuesday, Pennine's window arrives, Thursday 08:00 to 10:00, and you forward it to Ms Silva straight away.
-> decide

= decide
Tuesday 8 July. Pennine has been over the damage target for two months running. The Pennine contract belongs to Femi Adeyemi, Head of Operations.
# evidence: escalation
+ [Send Femi a short summary: the KPI trend, 17 of 23 June claims on glass, Pennine's feedback, what has changed, and a proposal for the August KPI review.]
    # score: escalation +2; A partner over its KPI two months running is exactly what should go up, and you sent it the right way: the facts, the risk and a proposal, while keeping the customer's remedy in your own hands.
    # log: manager; email; Pennine damage KPI summary: 0.7% in May and 1.1% in June against 0.5%; 17 of 23 June claims on glass; Pennine's packing feedback; proposal to review at the August KPI meeting
    # trust: courier share
    # speaker: manager
    "Good summary. I'll put it on the agenda for the August review with Pennine. {trial > 0: And I'll ask the product team to get every glass line classed as fragile, not just the Lumen.|We need a fix for the packing before then, though. Talk to Kasia.}"
    -> dispatch
+ [Ask Femi to approve the replacement and the collection, and to decide what to do about Pennine.]
    # score: escalation -2; A replacement and a collection are within your authority: passing them up slows the customer down. What Femi does need, the KPI pattern with a proposal, isn't in your email.
    # log: manager; email; Asked Femi Adeyemi to approve the NH-52231 replacement and decide on Pennine
    # speaker: manager
    "You don't need me to sign off a replacement table. What I do need is the damage trend and what you think we should do about it."
    -> dispatch
+ [Leave it for the quarterly review in October: the claim is logged, and the figures will show whether things improve.]
    # score: escalation -1; A contracted partner over its KPI two months running is a pattern. Leaving it unmonitored until October means three more months of broken tables and unhappy customers.
    # misconception: self-managing-partnership
    You file the KPI report.
    -> dispatch

=== dispatch ===
# scene: warehouse
# clock: +1d
Wednesday 9 July. Ms Silva's replacement Lumen is picked for tomorrow's Pennine run.
{trial == 1: It's one of the first tables under the trial: a board between legs and glass, GLASS, CARRY FLAT labels, classed fragile on the manifest.|It's packed the usual way: factory carton, FURN-STD label.}
# evidence: partnership-delivery
+ [Ask Kasia to pack it with a board between legs and glass and GLASS, CARRY FLAT labels, ask Callum to load it flat in the fragile cage, and text Ms Silva her crew's details.]
    ~ protected = true
    # score: follow-through +2; This delivery can't fail twice. Checking the critical step, and telling her who to expect, is what following through looks like.
    # trust: courier share
    # log: courier; phone; Asked Callum Reid to load the NH-52231 replacement flat in the fragile cage
    {trial == 1: Kasia confirms it's packed to the trial spec|Kasia adds a hardboard sheet and GLASS, CARRY FLAT labels}, and Callum puts it on the fragile cage list.
    -> delivery
+ [Let it go out the usual way, so it definitely makes Thursday's run.]
    {trial == 1:
        ~ protected = true
    }
    # score: follow-through -1; Speed matters, but you didn't check the one thing that broke the first table. Sending the replacement the same way risks the same failure twice.
    It goes out on the standard run.
    -> delivery
+ [Offer Ms Silva collection from the Harrogate store instead, so the courier doesn't have to touch it.]
    {trial == 1:
        ~ protected = true
    }
    # score: remedy -2; Asking her to collect a 160 cm glass table moves the effort and the risk onto her. Delivery is part of what she paid for.
    ~ upset += 1
    # mood: customer dismiss
    # speaker: customer
    "I paid for delivery. And I've got a Fiat. Just send it, please."
    It goes out on the standard run.
    -> delivery

=== delivery ===
# scene: customer-home
# clock: +1d
{protected: -> intact}
-> broken

= intact
~ protected = false
# sla-met: delivery
Thursday 10 July, in the morning window. Pennine's crew carry the new Lumen in flat, and Ms Silva checks it with them before they go: not a mark on it. They take the damaged table away.
# mood: customer resolve
# log: courier; system; NH-52231 replacement delivered undamaged; damaged table collected
# speaker: customer
"It's perfect. And the hallway's mine again."
-> close

= broken
~ broken_again = true
# sla-met: delivery
Thursday 10 July, in the morning window. The crew stand the carton on end in the hallway. When Ms Silva opens it with them, there's a crack right across the glass, starting at the corner where the leg bracket sits.
# mood: customer fail
# log: courier; system; NH-52231 replacement delivered damaged: glass cracked at the leg bracket corner
# speaker: customer
"Again? I can't do this again. I want my money back."
She rejects it. You arrange collection of both tables and the full refund of £649, to be paid within 14 days.
-> close

=== close ===
# scene: office
# clock: +2h
Before you close the case:
# evidence: proactive-communication
# evidence: relationship-building
+ [Ring Ms Silva to check everything is settled, log the outcome, and tell Callum and Kasia how the replacement delivery went.]
    # score: follow-through +2; Closing the loop with the customer, and telling the partners how it ended, is what turns a fix into a relationship.
    # score: partner-communication +1; Sharing the outcome back with the courier and the warehouse keeps the partnership two-way.
    # trust: courier thank
    # trust: warehouse thank
    # log: customer; phone; Follow-up call to Ms Silva about NH-52231
    -> close_call
+ [Close the case when Pennine's proof of delivery comes through.]
    # score: follow-through -1; The system closing the case isn't the same as you closing the loop. She doesn't hear that anyone cared how it ended, and Callum and Kasia never hear how their changes worked.
    # misconception: relationships-self-sustain
    The case closes on the CRM.
    -> review
+ [Email her a satisfaction survey and a £25 voucher for the trouble.]
    # score: remedy -1; A voucher after the event stands in for a conversation about how it went. Compensation is no substitute for closing the loop.
    # misconception: compensation-not-process
    # log: customer; email; Survey and £25 voucher sent to Ms Silva
    The survey goes out with the voucher code.
    -> review

=== close_call ===
# clock: +10m
{broken_again: -> refunded}
# mood: customer exceed
# speaker: customer
"Honestly? After Sunday I thought I'd be fighting for weeks. You sorted it in four days and you rang to check. I'll be back for the chairs."
-> review

= refunded
# mood: customer listen
# speaker: customer
"It's good of you to ring. The refund's come through. I'll buy a table somewhere else."
-> review

=== review ===
# clock: +25d
{trial > 0: -> improved}
-> unchanged

= improved
Monday 4 August. Pennine's monthly KPI report, covering July: on-time 97.8%, damage 0.4%. Two damage claims on glass items, both shipped before the trial began.
# status: courier on-track
# status: warehouse on-track
Kasia and Callum agree to keep the new packing and loading as the standard for every glass line.
-> ending

= unchanged
Monday 4 August. Pennine's monthly KPI report, covering July: on-time 97.4%, damage 1.2%. Nineteen damage claims on glass items.
# status: courier breached
Nothing about how glass is packed, labelled or loaded has changed.
-> ending

=== ending ===
{broken_again: -> broken_twice}
{upset >= 4: -> lost}
{trial > 0 && care >= 3 && upset <= 1: -> strong}
{trial > 0: -> partial_process}
-> partial_once

= strong
# ending: strong; Fixed for her, and for the next customer; Ms Silva had her replacement in four days, knew her rights, and never had to deal with the courier. Pennine's feedback, taken seriously, changed how Northway packs and labels glass, and the damage rate is back under target: a feedback loop, not a line.
Ms Silva has her table, and the next glass table will arrive in one piece.
-> END

= partial_process
# ending: partial; A better process, a bumpier recovery; The packing changed and the damage rate fell, because you acted on Pennine's feedback. But Ms Silva's recovery was harder than it needed to be: she was left to chase, wasn't told her rights in full, or waited past a time you gave her.
The next customer will be better served than Ms Silva was.
-> END

= partial_once
# ending: partial; Put right once; Ms Silva got her replacement and the case is closed. But nothing in the chain changed: glass is still packed, labelled and loaded the same way, and Pennine's damage rate is still more than twice its target. The next customer will get the same broken table.
Ms Silva is sorted. The next glass table is not.
-> END

= lost
# ending: failed; Table delivered, customer lost; The replacement arrived, but by then Ms Silva had been passed around, put off and let down too often. She has told Northway she won't order again.
The table is in, but Ms Silva is gone.
-> END

= broken_twice
# ending: failed; Broken twice; The replacement went out the same way as the first table and broke the same way. Ms Silva rejected it for a full refund and won't order again. The cause, packing and labelling that Pennine had already explained, was left in place.
Ms Silva has her money back, and no table.
-> END
