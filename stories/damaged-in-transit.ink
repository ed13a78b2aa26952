EXTERNAL mood(who)
EXTERNAL trust(who)

# title: Damaged in transit: the Lumen glass table
# summary: Ms Silva's glass-topped dining table arrived shattered, and she has been told to claim from the courier. Take the problem back, put it right for her, and use the courier's data and feedback to stop it happening to the next customer.
# duration: 15-20
# difficulty: intermediate
# location: contact-centre
# start: 2025-07-07 09:00
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
# character: customer; silva-ana
# character: colleague; chen-amy
# character: warehouse; nowak-kasia
# character: courier; reid-callum
# character: manager; ellison-ruth
# partner: courier
# partner: warehouse
# tutor-outcome: Hear an upset customer out and name the impact back before fixing anything.
# tutor-outcome: Own damage in transit for the customer: the goods were Northway's risk until she had them (Consumer Rights Act 2015 s.29), so the courier is Northway's to deal with, never hers.
# tutor-outcome: Offer the remedy the law gives within 30 days of delivery (her choice of a full refund or a replacement, collected at Northway's cost) without waiting on a claim between two businesses.
# tutor-outcome: Check Northway's own link (packing and labelling) before judging the courier, and use the courier's KPI data and feedback to change a process with a trial and a check date.
# tutor-outcome: Escalate a contracted partner's repeated KPI breach with the facts and a proposal, while keeping the customer's remedy in your own hands.
# tutor-marking: communication-techniques; Naming back to Ms Silva what the broken table has meant: her work, being sent round in circles, and glass at home with a toddler.
# tutor-marking: partner-feedback-process; Callum's points about the FURN-STD label and how the trailer is loaded lead to a joint packing and loading trial.
# tutor-marking: partnership-delivery; Sharing the evidence with Pennine, asking what the crews see, and checking how the replacement is packed and loaded.
# tutor-marking: coordinated-accountability; The warehouse, the product file, the courier and the knowledge-base article each played a part. The coordinator agrees the change with the owners instead of blaming one link.
# tutor-marking: proactive-communication; Keeping the time promised to Ms Silva with a short update, and closing the loop with her, Callum and Kasia.
# tutor-marking: relationship-building; Raising a KPI breach with a long-standing partner openly and with data, rather than letting six good years stand in for maintenance.
# tutor-model: Hear her out and name the impact. Apologise, including for the wrong advice, and say the courier is Northway's to deal with because the table was Northway's risk until she had it. Ask for photos of the carton and label, safely. Set out her choice of a full refund or a replacement, collected free. Fix article KB-118 with its owner instead of blaming Amy. Check the KPI report and how the warehouse packed and labelled the table before ringing Pennine. Share the evidence with Callum and ask what his crews see, then agree a joint trial. Agree the packing change with Kasia, with a check date. Keep the 4 o'clock promise with an update. Send Ruth the damage trend with a proposal. Make sure the replacement is packed and loaded the new way. Ring Ms Silva afterwards and tell Callum and Kasia how it went.
# tutor-wrong-turn: Sending her back to the courier with a reference. It sounds helpful, but goods stay at the trader's risk until the customer has them (CRA s.29): the claim is Northway's, never hers.
# tutor-wrong-turn: Making her replacement wait until Pennine accept liability. Who pays is between Northway and Pennine, and her remedy doesn't depend on it.
# tutor-wrong-turn: Choosing the replacement for her. Within 30 days of delivery she may reject the table for a full refund, so the choice between a refund and a replacement is hers.
# tutor-wrong-turn: Blaming the courier's crew before checking the warehouse. The carton left labelled as standard furniture, with nothing to say glass or this way up.
# tutor-wrong-turn: Keeping quiet about the KPI to protect a good relationship. A damage rate more than twice the target is exactly what a partner conversation is for.
# tutor-wrong-turn: Passing the replacement and collection up to the Head of Operations. They are within the coordinator's authority. The KPI pattern and a proposal are what go up.

// Flags are cleared once they have done their job, so that paths which only differ in the past merge.
VAR photos = false
VAR route = 0
// trial: 0 no change to the process, 1 trial starts tomorrow, 2 trial starts a week late
VAR trial = 0
VAR protected = false
VAR broken_again = false
// upset: the times the customer was let down, put off or made to wait during the recovery
VAR upset = 0
// care: good practice that decides the ending (ownership taken, rights explained, update sent on time)
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
"Hello. Right. I've been passed from pillar to post. Your table came on Saturday, I opened the box yesterday and the glass top is in a thousand pieces inside the carton. Your chat person told me to claim from the courier. So I rang the courier this morning, and they said they only deal with the sender, which is you."
# speaker: customer
"I'm a self-employed bookkeeper. I work from home, and that table was going to be my desk: the old one went to make room for it. So I'm doing clients' accounts at the kitchen counter with a two-year-old under my feet, and there's a box of broken glass in my hallway. What am I supposed to do?"
# evidence: communication-techniques
# ask-before: What has this broken table actually cost Ms Silva, and what would you say to her first?
# ask-after: How did she react to our reply, and what in our words made the difference?
+ [Pull up the order on the CRM and read her the details back, so you can start booking a collection straight away.]
    # score: listening -1; Acting fast is good, but reading the order back while she's still explaining tells her you're processing a case, not listening to a person. You haven't said a word about her work or the glass.
    ~ upset += 1
    # mood: customer dismiss
    # speaker: customer
    "I know what I ordered. Did you hear what I just said?"
    -> ownership
+ [Say back what it has meant for her: no desk to work at, sent round in circles, and broken glass at home with a toddler.]
    # score: listening +2; You named the impact back to her: not just a broken table, but her work, being bounced between two companies, and a safety worry at home. She now knows you've understood why it matters.
    # mood: customer listen
    # speaker: customer
    "Yes. Thank you. I just want someone to take it off my hands and sort it out."
    -> ownership
+ [Say you're sorry that Pennine's crew damaged it, and that you'll be having words with them about how they handle furniture.]
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
# ask-before: She has been told to claim from the courier. Whose problem is the damage, and what does the law say about goods in transit?
# ask-after: Who carries the risk of goods until the customer has them (CRA s.29), and what did our answer tell her about who will sort it out?
+ ["You've already spoken to Pennine, so let me give you a direct contact and a reference. They'll take your claim this time."]
    # score: ownership -2; Helping her chase the courier sounds supportive, but it hands our problem to the customer. Outsourcing the delivery doesn't outsource the responsibility.
    # score: compliance -2; Wrong in law: goods stay at the trader's risk until the customer has them. The claim against Pennine is Northway's, never the customer's.
    # misconception: outsourcing-responsibility
    ~ upset += 1
    # mood: customer dismiss
    # speaker: customer
    "No. I bought a table from you, not from them. I'm not chasing a courier about your table."
    She's right. You tell her Northway will deal with Pennine.
    -> evidence
+ ["I'm so sorry about all this. I'll get a new table out to you as soon as Pennine have accepted liability for the damage."]
    # score: ownership +1; You apologised and took it on, which she needed.
    # score: compliance -1; But her rights don't wait for the courier: goods stay at the trader's risk until she has them, so whether Pennine accept liability is between Northway and Pennine.
    ~ upset += 1
    # mood: customer dismiss
    # speaker: customer
    "And how long will that take? Why is that my problem?"
    You tell her it isn't, and that her replacement won't wait for Pennine.
    -> evidence
+ ["I'm sorry you were sent to Pennine: that was wrong. The table was our risk until you had it, so Pennine is ours to deal with."]
    ~ care += 1
    # score: ownership +2; A specific apology, including for the wrong advice, and clear ownership: not our fault alone, but our problem.
    # score: compliance +2; Right in law: under the Consumer Rights Act goods stay at the trader's risk until the customer has them, so damage in transit is Northway's to put right, and Northway's to take up with the courier.
    # mood: customer apologise
    # speaker: customer
    "Finally. Thank you. That's all I wanted to hear on Sunday."
    -> evidence

=== evidence ===
The carton and the broken glass are still in her hallway.
# evidence: complaint-handling
# ask-before: The broken carton is still in her hallway. What, if anything, do you need from her now, and what must you not ask her to do?
# ask-after: What will we be able to show the warehouse and the courier later, and why does that matter?
+ [Ask for photos of the carton, damage and label so you can see what happened, if it's safe, and not to touch the glass.]
    ~ photos = true
    # score: investigation +2; Evidence first: photos of the carton and label let you find out what happened, not just who pays. And you put her safety before your paperwork.
    # mood: customer reassure
    # speaker: customer
    "I can do that from the doorway. Give me five minutes. And you'll take the glass away?"
    You tell her Northway will collect all of it.
    Four photos arrive: the carton, crushed at one bottom corner; the metal leg bracket pushed through the inner packing; the shattered top; and the shipping label, which reads "NH-52231 FURN-STD" and nothing else.
    -> remedy
+ [Ask her to bring the carton into the Harrogate store when she's able to, where the damage can be inspected properly.]
    ~ photos = true
    # score: remedy -2; Collecting damaged goods is the trader's job. Asking her to load a carton of broken glass into her car moves our cost and our risk onto her.
    ~ upset += 1
    # mood: customer dismiss
    # speaker: customer
    "In my Fiat? With a toddler? No. You can come and get it."
    You agree to collect it, and ask her for photos in the meantime. They arrive ten minutes later; the label reads "NH-52231 FURN-STD" and nothing else.
    -> remedy
+ [Don't trouble her for photos after everything she's been through today: just book the collection and sort out the table.]
    # score: investigation -2; Kind, but without photos of the carton and label you have nothing to show the courier or the warehouse. You can settle who pays, but not find out why it broke.
    # mood: customer reassure
    # speaker: customer
    "Thank you. That's all I want."
    -> remedy

=== remedy ===
The delivery record shows Saturday 5 July. She asks what happens to her order now.
# evidence: legislation
# ask-before: The table was delivered two days ago. What can she choose between, and who decides?
# ask-after: What are her rights within 30 days of delivery, and who pays to collect the broken table?
+ [Book her a replacement on the first slot Pennine have free, since that's what most customers in her position would want.]
    # score: remedy +1; A replacement does put it right.
    # score: compliance -1; But she received it two days ago: within 30 days she can reject it for a full refund, and the choice between a refund and a replacement is hers. Deciding for her steers her away from a right she has.
    # mood: customer reassure
    # speaker: customer
    "A replacement. Fine, I suppose. When?"
    -> booking
+ [Set out a full refund or a replacement, with the broken table collected free either way, so that the choice is hers.]
    ~ care += 1
    # score: compliance +2; A table that arrives broken is faulty: under the Consumer Rights Act she can reject it for a full refund within 30 days of delivery, and the choice between a refund and a replacement is hers. You told her both and let her decide.
    # score: remedy +2; The remedy matches the failure: her choice of refund or replacement, with collection at our cost.
    # mood: customer reassure
    # speaker: customer
    "I still want the table. I love it, and I need somewhere to work. A replacement, please. When can it come?"
    You tell her that if she changes her mind, a refund would be paid within 14 days of agreeing it.
    -> booking
+ [Offer her a £75 goodwill voucher now, and explain that the new table will follow as soon as Pennine's claim is settled.]
    # score: remedy -2; A voucher doesn't replace her table, and her replacement shouldn't wait on a claim between two businesses. Goodwill can add to putting it right; it can't stand in for it.
    # misconception: compensation-not-process
    ~ upset += 1
    # mood: customer dismiss
    # speaker: customer
    "I don't want a voucher. I want a table without broken glass in it. When?"
    You book the replacement anyway.
    -> booking

=== booking ===
# clock: +5m
# sla: delivery; courier; by Thursday 10:00; Deliver the replacement Lumen for NH-52231 in the booked two-person slot on Thursday 10 July
# log: customer; phone; Lumen NH-52231 arrived with the glass top shattered; replacement booked for Thursday 10 July with collection of the damaged table
Warehouse stock shows four Lumen tables. Pennine can bring the replacement and take the damaged table away on Wednesday 9 or Thursday 10 July. Ms Silva is at a client's office all day Wednesday, so she asks for Thursday.
# promise: slot; customer; by 16:00; Email Ms Silva her confirmed delivery slot by 16:00 today
You tell her you'll email her the confirmed delivery slot by 4 o'clock today.
-> amy

=== amy ===
# clock: +15m
You look up the article Amy Chen's chat quoted. KB-118, "Courier damage": "Advise the customer to contact the carrier to report the damage and make a claim." Last reviewed in 2021.
# speaker: colleague
"Was that my chat on Sunday? I did what the article says. Did I get it wrong?"
# evidence: service-standards
# ask-before: Amy followed the knowledge-base article. What should happen to the advice, and to Amy?
# ask-after: Will the next adviser who reads KB-118 give the right answer? Whose job is it to make sure?
+ [Tell her not to worry about it: the customer is sorted out now, and everyone gets something wrong now and then.]
    # score: compliance -1; Kind, but the wrong article stays live, and the next customer who reports courier damage will get the same wrong advice.
    # speaker: colleague
    "Oh, good. Thanks!"
    -> check
+ [Let her team leader know about the advice, so it can be picked up gently at her next one-to-one meeting.]
    # score: investigation -1; Amy followed the article. Pointing at the person leaves the cause, the out-of-date article, in place for everyone else.
    # log: colleague; email; Reported Amy Chen's advice on NH-52231 to her team leader
    # speaker: colleague
    "Right. OK." She turns back to her screen.
    -> check
+ [Explain kindly why the advice was wrong, and flag KB-118 to its owner with her today so no one else uses it.]
    # score: compliance +2; Fixing the article means every adviser gives the next customer their rights, not just Amy.
    # score: investigation +1; You looked past the person to the cause: she followed a procedure that was wrong.
    # log: colleague; in-person; Explained to Amy Chen that goods stay at Northway's risk until the customer has them, and Northway deals with the courier; KB-118 flagged for correction
    # speaker: colleague
    "Oh no. I've probably sent three or four people to couriers this year. I'll flag it now, and I'll look back through my chats."
    -> check

=== check ===
# clock: +15m
You open Pennine Freight's monthly KPI reports for the Northway account.
# kpi: courier; On-time delivery (June); 97.2%; 97%; higher
# kpi: courier; Damage rate (June); 1.1%; 0.5%; lower
Month \| On-time delivery \| Damage rate
April \| 97.6% \| 0.4%
May \| 97.9% \| 0.7%
June \| 97.2% \| 1.1%
June damage claims: 23, and 17 of them were glass-topped or glass-fronted items.
# status: courier breached
# evidence: sla-kpi
# evidence: map-service-chain
# ask-before: Pennine's damage rate is more than twice its target. What else would you want to know before you talk to them?
# ask-after: What did we learn about Northway's own part in the damage, and how does it change the conversation with Pennine?
+ [Wait until Kasia has shown you how NH-52231 was packed and labelled before you ring Pennine about it.]
    # score: investigation +2; You checked Northway's own link in the chain before going to the partner. The warehouse packed and labelled the table: that's part of the story too.
    # trust: warehouse consult
    You head down to the warehouse.
    -> warehouse
+ [Ring Pennine first: the damage happened on their trailer, so they're the people best placed to explain it to you.]
    # score: investigation -2; The damage showed up on the trailer, but you don't yet know why. Going to the partner first assumes the answer before you've checked how Northway packed and labelled it.
    # misconception: blame-before-checking
    # trust: courier blame
    # log: courier; phone; Asked Callum Reid why NH-52231 was damaged on Pennine's trailer
    # speaker: courier
    "I'll look into it. But before you point at my lads, ask your warehouse how that table was packed. Ring me back when you have."
    You head down to the warehouse.
    -> warehouse
+ [Email Pennine the June damage figure, and ask them for a written improvement plan by the end of next week.]
    # score: investigation -1; A plan may well be needed, but you asked the partner to fix a problem before checking whether Northway's packing contributed to it.
    # score: partner-communication -1; A written demand as the first contact puts Pennine on the defensive before you've heard their side.
    # trust: courier pressure
    # log: courier; email; Asked Pennine Freight for a damage-rate improvement plan by the end of next week
    Reply from Callum Reid, a few minutes later: "Happy to talk improvement plans. You might want to look at how your glass lines are packed first. Ring me."
    You head down to the warehouse.
    -> warehouse

=== warehouse ===
# scene: warehouse
# clock: +20m
# speaker: warehouse
"NH-52231... packed Friday 4 July, bay 6. Here's the dispatch photo: carton perfect when it left. We ship the Lumen in the factory carton, top and legs together, with our label on. Label says FURN-STD, standard furniture: that comes off the product file. Nothing wrong at our end that I can see."
# log: warehouse; in-person; NH-52231 dispatched undamaged in the factory carton, labelled FURN-STD from the product file
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
# ask-before: You are about to speak to the courier's depot manager after six good years. What do you want from this call?
# ask-after: How did Callum respond, and what would we have missed if he had only defended himself?
+ [Tell him formally that Pennine is over the damage KPI again, and that Northway will be claiming the £649 from them.]
    ~ route = 2
    # score: partner-communication -1; You're entitled to claim, but leading with it turns a conversation into a dispute, and you'll hear his side only as a defence.
    # trust: courier pressure
    # log: courier; phone; Told Callum Reid that Pennine is over the damage KPI and that Northway will claim £649 for NH-52231
    -> feedback
+ [Keep it friendly with Callum after six good years: log the damage claim, and raise the KPIs only if July's are bad too.]
    ~ route = 3
    # score: partner-communication -2; Six good years don't maintain themselves. A damage rate more than twice the target is exactly what a partner conversation is for, and waiting for July's figures means another month of broken tables.
    # misconception: relationships-self-sustain
    # log: courier; system; Damage claim for NH-52231 logged on Pennine's claims portal
    -> feedback
+ [Share what you have on NH-52231 and the June figures, and ask him what his crews are seeing with Northway's glass items.]
    ~ route = 1
    # score: partner-communication +2; You shared the evidence and asked for his view before judging. Two-way communication is how you learn what the partner can see that you can't.
    # trust: courier consult
    # log: courier; phone; Shared the NH-52231 details and the June damage figures with Callum Reid; asked for Pennine's view
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
# ask-before: Callum says the labels and the way tables are packed are part of the problem. What do you do with a partner's feedback like this?
# ask-after: Who now owns the change, by when, and how will anyone know whether it worked?
+ [Thank him, but say packing is Kasia's job and handling is his: his crews should carry every carton with care, whatever the label.]
    # score: partner-communication -2; You heard the feedback and sent it back. The courier can see things about our packing that we can't; ignoring that keeps the same tables breaking.
    # score: investigation -1; You treated each link as doing its own job in isolation, so the cause is still there.
    # misconception: linear-chain
    # trust: courier ignore
    # speaker: courier
    "Fair enough. It's your damage rate."
    -> slot
+ [Propose a joint trial: glass packed and marked his way, loaded flat in their cage, and August's figures reviewed together.]
    ~ route = 1
    # score: partner-communication +2; You acted on the partner's feedback and turned it into a shared commitment with a date to check it. That's the feedback loop in the chain doing its job.
    # trust: courier support
    # speaker: courier
    "Deal. I'll brief the trailer crews today. Put it in an email and I'll reply to confirm."
    # agree: courier; written; Trial: Northway glass items marked GLASS, CARRY FLAT and classed fragile on the manifest; Pennine loads them flat in the fragile cage; damage rate reviewed together in the August KPI report
    Callum's confirmation arrives within the hour.
    -> kasia
+ [Thank him, pass all of his points on to Kasia in the warehouse, and leave it with her to decide what needs to change.]
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
# ask-before: Kasia feels blamed for the courier's handling. How do you get a process change from a team that packed exactly to spec?
# ask-after: How did Kasia respond, and what makes a change between two teams last?
+ [Agree her team packed to spec, show her the June figures and Callum's points, and ask what she'd need to make a change.]
    ~ trial = 1
    # score: investigation +2; You took the partner's feedback to the team that owns the process and agreed a change with a trial and a check date: plan, do, check, act.
    # trust: warehouse support
    # speaker: warehouse
    "Seventeen out of twenty-three? Right. I can do GLASS, CARRY FLAT labels and a hardboard sheet between the legs and the top from tomorrow, if someone gets the product class changed to fragile on the file. Four-week trial, and we look at the figures together with Pennine when the report comes out in August."
    # agree: warehouse; written; From Tuesday 8 July: glass-topped items packed with a board between legs and glass, labelled GLASS, CARRY FLAT, and classed fragile; four-week trial reviewed against Pennine's August KPI report
    # status: warehouse on-track
    You email the product team about the fragile class, copying Kasia.
    -> slot
+ [Tell her the change has to start tomorrow, and that you'll copy in Ruth Ellison so it's clear to everyone that it has to.]
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
+ [Ask Ruth Ellison, Head of Operations, to instruct Warehouse & Dispatch to change the way glass items are packed.]
    ~ trial = 2
    # score: escalation -2; Over-escalating: a change between two teams that you can agree yourself doesn't need the Head of Operations. Escalate when something is outside your authority or stuck, with a proposal, not as the first step.
    # trust: warehouse bypass
    # log: manager; email; Asked Ruth Ellison to instruct Warehouse & Dispatch to change glass packing
    # speaker: manager
    "Have you actually asked Kasia what she needs? Go and agree it with her, and come back to me if it stalls."
    By the time you and Kasia have agreed it, the trial is set to start next Monday, after Ms Silva's replacement has gone.
    # agree: warehouse; written; From Monday 14 July: glass-topped items packed with a board between legs and glass and labelled GLASS, CARRY FLAT
    -> slot

=== slot ===
# scene: office
# time: 15:00
Mid-afternoon. Pennine's booking system shows Thursday 10 July for Ms Silva's replacement, but no time window yet. You told her you'd email her slot by 4 o'clock.
# evidence: complaint-handling
# ask-before: It's nearly 4 o'clock and you don't have the full answer. What do you tell her, and when?
# ask-after: What did she see of our promise this afternoon, and what does that do to her trust?
+ [Wait until Pennine have sent the two-hour window, so she gets the whole answer in one email rather than in two.]
    # score: follow-through -1; Waiting for the full answer meant missing the time you gave her. She doesn't know you're waiting on Pennine; she only knows 4 o'clock came and went.
    ~ upset += 1
    # clock: +2h
    Pennine's window arrives at the end of the day: Thursday, 08:00 to 10:00. You email it to Ms Silva.
    # log: customer; email; Sent Ms Silva her Thursday 08:00 to 10:00 delivery window
    # speaker: customer
    "I'd given up on hearing today."
    -> escalate
+ [Email her now that Thursday is confirmed, and that you'll send her the window, or an update, by 10 tomorrow.]
    ~ care += 1
    # score: follow-through +2; You kept the time you gave her, and promised only what you control: an update by a set time, whatever Pennine have sent by then. A short update on time beats a complete one late.
    # kept: slot
    # mood: customer keep-promise
    # log: customer; email; Confirmed Thursday 10 July to Ms Silva; time window or an update to follow by 10:00 tomorrow
    # promise: window; customer; by tomorrow 10:00; Send Ms Silva her two-hour delivery window, or an update, by 10:00 tomorrow
    Ms Silva replies: "Thank you for keeping me posted."
    -> window_arrives

=== window_arrives ===
# clock: +2h
# kept: window
# mood: customer keep-promise
# log: customer; email; Sent Ms Silva her Thursday 08:00 to 10:00 delivery window
Pennine's window arrives at the end of the day: Thursday, 08:00 to 10:00. You forward it to Ms Silva straight away.
-> escalate

=== escalate ===
# time: Tuesday 09:00
Tuesday 8 July. The Pennine contract is held by Ruth Ellison, Head of Operations.
# evidence: escalation
# ask-before: Pennine is over its damage KPI two months running, and Ruth holds the contract. What, if anything, should go to her, and what stays with you?
# ask-after: What does a useful escalation contain, and what would Ruth do with ours?
+ [Leave the contract side to the August KPI report: the claim is logged, and July's figures will show whether it's improving.]
    # score: escalation -1; A contracted partner over its damage KPI two months running is a pattern, and the contract belongs to Ruth. Leaving her out until August means she hears it late, after more broken tables.
    # misconception: self-managing-partnership
    You file the KPI report.
    -> dispatch
+ [Ask Ruth to sign off the replacement and the collection, and to decide what Northway should do about Pennine.]
    # score: escalation -2; A replacement and a collection are within your authority: passing them up slows the customer down. What Ruth does need, the KPI pattern with a proposal, isn't in your email.
    # log: manager; email; Asked Ruth Ellison to approve the NH-52231 replacement and decide on Pennine
    # speaker: manager
    "You don't need me to sign off a replacement table. What I do need is the damage trend and what you think we should do about it."
    -> dispatch
+ [Send Ruth a note about the damage trend: 17 of 23 June claims on glass, Callum's feedback, what has changed, and a proposal.]
    # score: escalation +2; A partner over its KPI two months running is exactly what should go up, and you sent it the right way: the facts, the risk and a proposal, while keeping the customer's remedy in your own hands.
    # log: manager; email; Pennine damage KPI summary: 0.7% in May and 1.1% in June against 0.5%; 17 of 23 June claims on glass; Pennine's packing feedback; proposal to review at the August KPI meeting
    # trust: courier share
    # speaker: manager
    "Good summary. I'll put it on the agenda for the August review with Pennine. {trial > 0: And I'll ask the product team to get every glass line classed as fragile, not just the Lumen.|We need a fix for the packing before then, though. Talk to Kasia.}"
    -> dispatch

=== dispatch ===
# scene: warehouse
# time: Wednesday 09:00
Wednesday 9 July. Ms Silva's replacement Lumen is picked for tomorrow's Pennine run.
{trial == 1: It's one of the first tables under the trial: a board between legs and glass, GLASS, CARRY FLAT labels, classed fragile on the manifest.|It's packed the usual way: factory carton, FURN-STD label.}
# evidence: partnership-delivery
# ask-before: The replacement goes out tomorrow. Is there anything to check first, and why?
# ask-after: What could have happened to the second table, and what did our choice do about it?
+ [Let it go out the usual way, so that it's certain to make Thursday's run and she isn't let down on the day.]
    {trial == 1:
        ~ protected = true
    }
    # score: follow-through -1; Speed matters, but you didn't check the one thing that broke the first table. Sending the replacement the same way risks the same failure twice.
    It goes out on the standard run.
    -> delivery
+ [Ask Kasia to pack it to the glass spec and Callum to load it flat in the fragile cage, and text Ms Silva who to expect.]
    ~ protected = true
    # score: follow-through +2; This delivery can't fail twice. Checking the critical step, and telling her who to expect, is what following through looks like.
    # trust: courier share
    # log: courier; phone; Asked Callum Reid to load the NH-52231 replacement flat in the fragile cage
    {trial == 1: Kasia confirms it's packed to the trial spec|Kasia adds a hardboard sheet and GLASS, CARRY FLAT labels}, and Callum puts it on the fragile cage list.
    -> delivery
+ [Offer Ms Silva collection from the Harrogate store, so that Pennine's crew doesn't need to handle the table at all.]
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
# time: Thursday 09:30
{protected: -> intact}
-> broken

= intact
~ protected = false
# sla-met: delivery
Thursday 10 July, in the morning window. Pennine's crew carry the new Lumen in flat, and Ms Silva checks it with them before they go: not a mark on it. They take the damaged table away.
# mood: customer resolve
# log: courier; system; NH-52231 replacement delivered undamaged; damaged table collected
# speaker: customer
"It's perfect. And the hallway's mine again. So is my desk."
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
# ask-before: The replacement is sorted. Is the case finished, and who else needs to hear from you?
# ask-after: Who in the chain heard how it ended, and what did each of them learn from it?
+ [Ring Ms Silva to check all is well, offer a £25 voucher for the week she lost, and tell Callum and Kasia how it went.]
    # score: follow-through +2; Closing the loop with the customer, and telling the partners how it ended, is what turns a fix into a relationship.
    # score: remedy +1; A small goodwill gesture alongside the call, not instead of putting it right, is proportionate: she spent a week working without a desk, with broken glass in the hall.
    # score: partner-communication +1; Sharing the outcome back with the courier and the warehouse keeps the partnership two-way.
    # trust: courier thank
    # trust: warehouse thank
    # log: customer; phone; Follow-up call to Ms Silva about NH-52231; £25 goodwill voucher offered
    -> close_call
+ [Close the case once Pennine's proof of delivery comes through, and note the outcome on Ms Silva's CRM record.]
    # score: follow-through -1; The system closing the case isn't the same as you closing the loop. She doesn't hear that anyone cared how it ended, and Callum and Kasia never hear how their changes worked.
    # misconception: relationships-self-sustain
    The case closes on the CRM.
    -> review
+ [Email Ms Silva a short survey about how her complaint was handled, so that her views are on the record too.]
    # score: follow-through -1; A survey asks her to do the work of telling you. It isn't a conversation, and Callum and Kasia never hear how their changes worked.
    # misconception: relationships-self-sustain
    # log: customer; email; Survey about the handling of NH-52231 sent to Ms Silva
    The survey goes out. She doesn't fill it in.
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
"It's good of you to ring, and thank you for the voucher. The refund's come through. But I'll buy a table somewhere else."
-> review

=== review ===
# time: 2025-08-04 09:00
{trial > 0: -> improved}
-> unchanged

= improved
Monday 4 August. Pennine's monthly KPI report, covering July: on-time 97.8%, damage 0.4%. Two damage claims on glass items, both shipped before the trial began.
# kpi: courier; Damage rate (July); 0.4%; 0.5%; lower
# status: courier on-track
# status: warehouse on-track
Kasia and Callum agree to keep the new packing and loading as the standard for every glass line.
-> ending

= unchanged
Monday 4 August. Pennine's monthly KPI report, covering July: on-time 97.4%, damage 1.2%. Nineteen damage claims on glass items.
# kpi: courier; Damage rate (July); 1.2%; 0.5%; lower
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
