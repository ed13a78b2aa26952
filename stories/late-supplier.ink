EXTERNAL mood(who)
EXTERNAL trust(who)

# title: Late supplier: the Harbour sofa
# summary: Mrs Okafor's new sofa is going to miss its delivery date, and she told us when she ordered that she needs it before a family party. Find out why, agree a new date with the supplier, and keep every promise you make.
# duration: 14-20
# difficulty: foundation
# location: shop-floor
# start: 2025-06-09 09:00
# syllabus: communication-techniques
# syllabus: service-recovery
# syllabus: complaint-handling
# syllabus: map-service-chain
# syllabus: pdca
# syllabus: partner-feedback-process
# syllabus: partnership-challenge
# syllabus: documenting-agreements
# syllabus: proactive-communication
# syllabus: formal-vs-informal
# syllabus: legislation
# syllabus: escalation
# syllabus: sla-kpi
# syllabus: partnership-delivery
# syllabus: coordinated-accountability
# syllabus: relationship-building
# syllabus: crm
# character: customer; okafor-janet
# character: buying; mistry-dev
# character: supplier; calder-graham
# character: fitter; brennan-lee
# character: manager; bennett-claire
# partner: supplier
# partner: buying
# partner: fitter
# tutor-outcome: Hear a let-down customer out and give a specific apology that owns a partner's failure, promising only what is in your hands.
# tutor-outcome: Check Northway's own records and departments before judging a partner, and turn an internal gap into a process change with an owner and a check date.
# tutor-outcome: Raise a partner's SLA breach without blame, ask for their view, and confirm a verbal agreement in writing.
# tutor-outcome: Manage an informal partner (no contract) by keeping them informed, while still putting data-processing terms in writing.
# tutor-outcome: Explain a customer's rights when she told the trader a delivery date was essential (Consumer Rights Act 2015 s.28), and escalate a repeat SLA breach with evidence and a proposal.
# tutor-marking: communication-techniques; Hearing Mrs Okafor out and naming the impact back to her (the party, the lost day, the empty text) before offering a fix.
# tutor-marking: partnership-challenge; Raising Calder's six days' notice against the SLA's ten calmly, owning Northway's six days on it, and agreeing a way forward.
# tutor-marking: partner-feedback-process; Graham's idea (date-critical order notes sent to Calder, delay notices copied to Customer Service) and Dev's inbox rule change the process.
# tutor-marking: formal-vs-informal; Calder is managed through its contract and SLA, Kirkgate through a phone call and goodwill: the class should see why each needs a different approach.
# tutor-marking: proactive-communication; Ringing Lee before he turns up to an empty house, and ringing Mrs Okafor with the new date before the time promised.
# tutor-marking: coordinated-accountability; Buying, Customer Service, Calder and Kirkgate each own a step. The coordinator keeps the customer's remedy and sends the repeat breach to those who hold the contract.
# tutor-model: Hear her out and name what is at stake. Apologise specifically and own it. Promise a call-back by 3 o'clock, not a date. Check Buying before ringing Calder, and agree the inbox fix with Dev. Raise the short notice with Graham without blame and ask what would help. Confirm Monday's dispatch by email, copying Dev. Ring Lee before Thursday, and get the DPO's written processor terms before sending him her details. Ring Mrs Okafor early with Wednesday the 18th, the fitting rebooked, a gesture for her lost day, and her right to cancel for a full refund if the 21st is missed. Email Claire and Dev about the repeat breach with a proposal. Check Monday's van. Close the loop with her and with every partner.
# tutor-wrong-turn: Telling her the supplier is to blame. It is partly true, but her contract is with Northway, and it tells her nobody owns her problem.
# tutor-wrong-turn: Ringing Calder to complain before checking Buying. The notice had been in Northway's own inbox for six days, so the blame comes straight back.
# tutor-wrong-turn: Taking Graham's word on the phone. Nothing written means nothing on Calder's planner, and on that path the van leaves without the sofa.
# tutor-wrong-turn: Leaving Lee because he is always flexible. An informal partner with no contract is kept only by being kept informed.
# tutor-wrong-turn: Telling her a made-to-order sofa cannot be cancelled. The store confirmed she needs it before 21 June, so if that date is missed she may end the contract for a full refund (CRA s.28).
# tutor-wrong-turn: Passing the whole case to the manager, or closing it quietly. The customer's remedy is within the coordinator's authority. The repeat SLA breach is what goes up.

// Consequences carried through the story. Kept few so the path checker can merge states.
// Flags are cleared once they have done their job, so that paths which only differ in the past merge.
VAR promised = false
VAR party_promised = false
VAR blamed_supplier = false
VAR got_feedback = false
VAR written = false
VAR fitter_told = false
VAR checked = false
VAR waited_day = false
// upset: the times the customer was let down, put off or made to wait during the recovery
VAR upset = 0
// care: good practice that decides the ending (call-back kept, rights explained, process fixed, date in writing, dispatch checked, fitter told, pattern escalated, loop closed)
VAR care = 0
// arrival: 0 on the agreed Wednesday, 1 a day late but before the party, 2 after the party
VAR arrival = 0

-> opening

=== opening ===
# scene: shop-floor
# status: supplier at-risk
Monday 9 June, 09:00. Northway Home, Leeds. A colleague on the tills asks you to come down: a customer wants to talk to someone about a delayed sofa.
CRM: Mrs Janet Okafor. Order NH-40718, placed in store on Monday 12 May. Harbour 3-seater sofa, sage velvet, £1,249, plus two-person delivery £39. Promised delivery: Thursday 12 June. Fitting of the chaise and feet, and removal of her old sofa, booked with Kirkgate Fitting for the same morning.
CRM order note, 12 May, sales adviser: "Customer needs sofa before Sat 21 June, mother's 80th birthday party at her home. Confirmed 12 June delivery OK."
System text to customer, Sunday 8 June, 18:02: "Your Northway delivery on 12/06 has been rescheduled due to a supplier delay. We will contact you with a new date."
# speaker: customer
# mood: customer fail
# clock: +3m
"I booked Thursday off work for this sofa. My mother is eighty on the 21st and the whole family is coming to mine. I told the young man who sold it to me, I said it has to be here before then, and he said no problem, he even typed it in. Then last night I get a text saying 'rescheduled'. Rescheduled to when? I rang the number on it and sat in a queue for twenty minutes. Nobody can tell me anything."
# evidence: communication-techniques
# timer: 45s
# ask-before: What is Mrs Okafor most upset about, and what would you say to her first?
# ask-after: How did her mood change after our reply, and which words made the difference?
+ [Ask for her order number so you can look it up, and tell her you'll get this sorted today.]
    # score: listening -1; Going straight to the fix feels efficient, but she hadn't finished and you didn't acknowledge the party or the wasted day. Customers who don't feel heard keep telling the story until they are.
    ~ upset += 1
    # mood: customer dismiss
    # speaker: customer
    "It's on the text your lot sent me. Are you listening to me or not?"
    -> apology
+ [Hear her out, then say back all that's at stake: the party, her day off, a text that said nothing.]
    # score: listening +2; You let her tell the whole story, then named the impact back to her as well as the facts: the party, the lost day's leave, a vague text and a phone queue. Feeling heard comes before any solution.
    # mood: customer listen
    # speaker: customer
    "Yes. That's it exactly. Thank you. Somebody's finally listening."
    -> apology
+ [Explain that the supplier is running late, so it's nothing the shop did, but you'll chase them for her.]
    # score: ownership -2; Her contract is with Northway Home, not with our supplier. Pointing at a partner in front of the customer passes the blame and tells her nobody owns her problem. You also haven't checked yet whether we knew.
    # misconception: outsourcing-responsibility
    ~ upset += 1
    # mood: customer blame-partner
    # speaker: customer
    "I don't know who your supplier is and I don't care. I bought it from you, in this shop."
    -> apology

=== apology ===
She waits for you to say something.
# evidence: service-recovery
# ask-before: Read the three apologies aloud. Which would she believe, and what does each one promise?
# ask-after: What can we honestly promise at this point, when we have no date from the supplier?
+ ["I'm sorry for the inconvenience. Dates on made-to-order furniture are estimates, so delays do happen."]
    # score: ownership -1; "Sorry for the inconvenience" followed by a disclaimer sounds like a script, not an apology.
    # score: compliance -2; This date wasn't an estimate: it was agreed, and her need for the sofa before 21 June is on the order. Under the Consumer Rights Act that gives her rights; calling it an estimate misstates them.
    ~ upset += 1
    # mood: customer dismiss
    # speaker: customer
    "An estimate? He promised me. It's written down, I watched him type it."
    -> next_step
+ ["I'm so sorry. Leave it with me: I'll make sure it's with you before the party, whatever it takes."]
    # score: ownership +1; You apologised and took it on yourself, which she needed to hear.
    # score: follow-through -2; You promised an outcome you can't control yet: you have no date from the supplier. Promise only what you can keep; a second broken promise hurts far more than the first.
    ~ party_promised = true
    # promise: before-party; customer; by 2025-06-20 17:00; Have the sofa with Mrs Okafor before her party on Saturday 21 June
    # mood: customer reassure
    # speaker: customer
    "Right. I'm holding you to that."
    -> next_step
+ ["I'm sorry. We promised you Thursday, we let you down, and a text told you nothing. It's mine to fix now."]
    # score: ownership +2; A specific, sincere apology that names the failure, including how she heard about it, and takes ownership: it may not be all our fault, but it is our problem.
    # mood: customer apologise
    # speaker: customer
    "Well. At least someone's saying sorry properly."
    -> next_step

=== next_step ===
# speaker: customer
"So what happens now?"
# evidence: complaint-handling
# ask-before: What can you commit to before you know what happened, and by when?
# ask-after: What did she leave the shop with, and how would she spend her afternoon?
+ ["Let me find out what happened. I'll ring you by 3 o'clock today with what I've found and your options."]
    ~ promised = true
    # score: follow-through +2; A specific time you can meet turns "we'll be in touch" into a commitment, and you promised only what is in your hands: a call and an update, not a date you don't have yet.
    # promise: callback; customer; by 15:00; Ring Mrs Okafor by 15:00 today with what has happened and her options
    # mood: customer reassure
    # log: customer; in-person; Mrs Okafor in store about delayed NH-40718; party on 21 June noted on order; call-back promised by 15:00 today
    # speaker: customer
    "Three o'clock. I'll have my phone on."
    -> investigate
+ [Ring Calder Upholstery on the shop-floor phone now, so she can hear their answer for herself, first-hand.]
    ~ promised = true
    # score: investigation -1; You went to the partner before checking our own records, and in front of the customer, where any disagreement about who knew what happens in her hearing.
    # score: follow-through -1; She stood and waited for a call you couldn't control. A short, firm call-back time would have served her better.
    Calder's switchboard holds you for eight minutes, then puts you through to Graham Calder's voicemail. Mrs Okafor looks at her watch. You leave a message and tell her you'll ring her by 3 o'clock.
    # promise: callback; customer; by 15:00; Ring Mrs Okafor by 15:00 today with what has happened and her options
    # mood: customer reassure
    # log: supplier; phone; Voicemail left for Graham Calder about NH-40718
    # speaker: customer
    "Fine. Three o'clock. But I've wasted enough of my morning already."
    -> investigate
+ ["We'll ring you the moment the supplier gives us a new date. I'm sorry I can't say more just now."]
    # score: follow-through -2; "The moment the supplier gives us a date" has no time, no owner, and depends on somebody else. She leaves with nothing to hold on to, and you have no deadline to work to.
    ~ upset += 1
    # mood: customer dismiss
    # log: customer; in-person; Mrs Okafor in store about delayed NH-40718
    # speaker: customer
    "That's exactly what the text said."
    -> investigate

=== investigate ===
# scene: office
# clock: +10m
Back at your desk. The order shows Calder Upholstery as the supplier; the Calder contract belongs to Buying. Nothing on the order says when, or whether, anyone was told about a delay.
# evidence: map-service-chain
# ask-before: Who in the chain could already know about this delay, and where would you look first?
# ask-after: Where had the delay notice actually gone? How would Graham see our first move?
+ [Ring Graham Calder and ask him straight out why nobody warned Northway about this delay.]
    ~ blamed_supplier = true
    # score: investigation -2; You challenged the partner before checking whether they had already told us. Blaming before checking damages trust, and here it turns out to be wrong.
    # misconception: blame-before-checking
    # trust: supplier blame
    # log: supplier; phone; Asked Graham Calder why Northway wasn't warned about the NH-40718 delay
    # speaker: supplier
    "Hang on a minute. I emailed your Buying team on Tuesday the 3rd with the revised dates. Check your own inbox before you ring me up having a go."
    You walk over to the Buying team.
    -> buying
+ [Email Calder a formal notice that they've breached the SLA's 10-day delay notice clause.]
    ~ blamed_supplier = true
    # score: investigation -1; The contract exists to be used, but you invoked it before finding out what had happened. A formal notice built on an unchecked assumption is hard to walk back.
    # score: partner-communication -1; Opening with a formal breach notice, before any conversation, puts the partner on the defensive before you need their help.
    # misconception: blame-before-checking
    # trust: supplier pressure
    # log: supplier; email; Formal notice to Calder Upholstery of a breach of the delay-notice clause on NH-40718
    Reply from Graham Calder, ten minutes later: "Our delay notice for NH-40718 and three other orders went to your Buying inbox on 3 June. I'd suggest you start there. G. Calder."
    You walk over to the Buying team.
    -> buying
+ [Leave Calder for now, and ask Dev in Buying first whether any delay notice came in.]
    # score: investigation +2; You checked our own side before pointing at the partner. Buying owns the contract and supplier notices go to them, so that's where the trail starts.
    # trust: buying consult
    You walk over to the Buying team.
    -> buying

=== buying ===
# clock: +15m
# speaker: buying
"Calder... yes, here it is. Email from Graham Calder, Tuesday 3 June: the sage velvet from the mill is late, revised dispatch for four orders including yours, 'week commencing 16 June, date to follow'. It came into the Buying shared inbox. I filed it against the purchase order and..." He winces. "That's where it stopped. There's no step for telling Customer Service. The warehouse only noticed on Sunday when the delivery booking failed, and the system sent that text."
# status: buying at-risk
# log: buying; in-person; Dev Mistry found Calder's delay notice of 3 June in the Buying inbox; not passed to Customer Service
Your notes: Calder's notice, 3 June. Planned dispatch, 11 June: 6 working days' notice, where the SLA asks for at least 10. Customer Service first heard of it from the system text on 8 June.
# status: supplier breached
# evidence: pdca
# evidence: coordinated-accountability
# ask-before: The notice sat in Northway's own inbox for six days. What would stop that happening to the next customer?
# ask-after: Will the next delay notice reach Customer Service? What makes a process change stick?
+ [Tell Dev this one's down to Buying, and that your notes on the complaint will have to say as much.]
    # score: investigation -1; Naming a culprit isn't the same as fixing the cause. The gap is a missing hand-off between two departments, and nobody has been asked to close it, so the next delay notice will sit in the same inbox.
    # trust: buying blame
    # speaker: buying
    "Fair enough, I suppose. Though nobody ever told us you needed them."
    -> supplier_call
+ [Agree a fix with Dev: delay notices sent on to Customer Service the day they land, checked in a month.]
    ~ care += 1
    # score: investigation +2; You found a root cause inside Northway and turned it into a process change with an owner and a check date: plan, do, check, act, rather than blame.
    # trust: buying support
    # speaker: buying
    "Done. I'll set up a rule on the inbox today, and put a review in both our diaries for 10 July. I'll email you what we've agreed so it's written down."
    # agree: buying; written; Supplier delay notices forwarded from the Buying inbox to Customer Service on the day they arrive; joint review on 10 July
    # status: buying on-track
    Dev's email arrives a few minutes later.
    -> supplier_call
+ [Let the inbox go: Calder's notice was short of the SLA anyway, so the chasing belongs with Calder, not Dev.]
    # score: investigation -2; Calder's notice was short, but Northway then sat on it for six days. Looking only at the external partner leaves the internal gap open for the next customer.
    # misconception: ignore-internal
    # speaker: buying
    "OK. Shout if you need anything else from me."
    -> supplier_call

=== supplier_call ===
# clock: +10m
You ring Graham Calder, account manager at Calder Upholstery, about order NH-40718.
{blamed_supplier: -> frosty}
-> warm

= frosty
~ blamed_supplier = false
# speaker: supplier
"You again. Look, I know our notice was on the short side. But it was sent, and not to nobody. What do you need?"
-> offer

= warm
# speaker: supplier
"Morning. Let me guess: sage velvet. I'm sorry, the mill let us down, and I've four orders stuck behind that fabric."
-> offer

= offer
# speaker: supplier
# clock: +5m
"The fabric lands Thursday. I can have Mrs Okafor's Harbour cut and made up on Friday and on our van to your Leeds warehouse on Monday the 16th, so you'd have it at hers on Wednesday the 18th. You've got my word on that."
# agree: supplier; verbal; NH-40718 on Calder's van to Northway Leeds on Monday 16 June, agreed on the phone
# sla: written-confirm; supplier; +1 working day; Confirm the revised dispatch date for NH-40718 in writing within 1 working day
The Calder SLA also asks for at least 10 working days' notice of a delay. This one had six.
# evidence: partner-feedback-process
# evidence: partnership-challenge
# ask-before: Calder gave six working days' notice where the SLA asks for ten, and Northway then sat on it for six. How do you raise that with a partner you still need?
# ask-after: How did Graham respond, and what did that tell us about how the next delay will go?
+ [Name the short notice calmly, own Northway's six days on it, and ask what would help him warn you sooner.]
    ~ got_feedback = true
    # score: partner-communication +2; Two-way communication: you named the SLA gap without blaming, owned Northway's part, and asked for his view. That is how a partner's feedback reaches the process.
    # trust: supplier consult
    # speaker: supplier
    "Fair's fair, it should have been ten days. Honestly? Half the time we don't know which orders are date-critical. If your order notes came through to us, something like 'needed by the 21st', we'd build those first when fabric's short. And I'll copy delay notices to your Customer Service inbox as well as Buying, if you give me the address."
    -> record
+ [Let the SLA point pass for today: he's being helpful, and Calder have always been a good partner.]
    # score: partner-communication -1; Letting a missed SLA slide to keep things pleasant means neither side learns anything. Good relationships need honest, regular maintenance, not silence.
    # misconception: relationships-self-sustain
    # speaker: supplier
    "Right you are. Anything else?"
    -> record
+ [Tell him his late notice has wrecked a customer's party plans, and that Buying will review his contract.]
    # score: partner-communication -2; Threatening the contract while ignoring Northway's own six days' delay is blame, not partnership. He'll get defensive, and you'll learn nothing about how to stop it happening again.
    # trust: supplier blame
    # speaker: supplier
    "Is that right? Then I'll want to know who at your end had our email for a week."
    -> record

=== record ===
Graham's offer, on the phone: on Calder's van to Leeds on Monday 16 June, at Mrs Okafor's on Wednesday the 18th.
# evidence: documenting-agreements
# evidence: proactive-communication
# ask-before: Graham has given his word on the phone. Is that enough? Why, or why not?
# ask-after: If Monday's van slips, what would we be able to point to, and who else relies on the date?
+ [Thank him and note "Calder: van Mon 16th" on the order. He's always been as good as his word.]
    # score: partner-communication -2; A phone promise with no written confirmation leaves no trail: not for Calder's own planners, not for Buying, not for you. If it slips, there is nothing to point to.
    # misconception: undocumented-agreement
    # trust: supplier agree-verbal
    # log: supplier; phone; Graham Calder gave Monday 16 June for dispatch of NH-40718
    # speaker: supplier
    "Lovely. Speak soon."
    -> fitter
+ [Accept Monday only if he confirms it in writing today, or Northway will use the contract's late terms.]
    ~ written = true
    # score: partner-communication -1; You got the date in writing, which matters. But he had already offered it; leading with a threat spends goodwill you'll need the next time fabric is short.
    # trust: supplier pressure
    # log: supplier; phone; Required written confirmation of the NH-40718 dispatch date, citing the contract
    Reply from Graham Calder: "As requested. NH-40718 dispatched to Northway Leeds Monday 16 June. G. Calder."
    # agree: supplier; confirmed; NH-40718 dispatched to Northway Leeds on Monday 16 June, confirmed by Graham Calder by email
    # sla-met: written-confirm
    # status: supplier on-track
    Graham's reply is filed on the order.
    -> fitter
+ [Thank him, follow up by email with Monday's date for him to confirm by reply, and copy in Dev.]
    ~ written = true
    # score: partner-communication +2; A verbal agreement is only as good as its record. Confirming by email, asking for a reply and copying the contract owner creates a trail both sides can be held to, and puts the date in front of Calder's own planners.
    # trust: supplier agree-written
    # log: supplier; email; Confirmed NH-40718 dispatch to Northway Leeds on Monday 16 June; reply requested; Dev Mistry copied
    Reply from Graham Calder: "Confirmed: NH-40718, Harbour 3-seater, sage velvet, on the Monday 16 June morning van to Northway Leeds. Booked on our planner. Graham."
    # agree: supplier; confirmed; NH-40718 dispatched to Northway Leeds on the Monday 16 June morning van, confirmed by Graham Calder by email
    # sla-met: written-confirm
    # status: supplier on-track
    Graham's reply is filed on the order.
    -> fitter

=== fitter ===
# clock: +25m
Kirkgate Fitting is still booked for Thursday 12 June to fit the Harbour's chaise and feet and take away Mrs Okafor's old sofa. There is no contract with Kirkgate: Lee Brennan has done the Leeds store's fitting for six years on a phone call and a text, paid per job.
# evidence: formal-vs-informal
# ask-before: Kirkgate has no contract with Northway. How should that change the way you deal with Lee, if at all?
# ask-after: What keeps an informal partnership like this one working, and what damages it?
+ [Leave the fitting for now: Lee is always flexible, and it can be rebooked once the sofa is in.]
    # score: partner-communication -2; Informal doesn't mean self-managing. Without a contract, the only thing keeping Lee on side is being kept in the loop, and he is still booked to turn up on Thursday.
    # misconception: relationships-self-sustain
    # trust: fitter ignore
    You make a note to sort the fitting later.
    -> callback
+ [Ring Lee before he sets off, explain the delay, and ask him whether Wednesday the 18th will work for him.]
    ~ fitter_told = true
    # score: partner-communication +2; With no contract there's no SLA to call on: an informal partnership runs on goodwill and clear communication. You rang before he wasted a trip, and asked rather than told.
    # trust: fitter consult
    # log: fitter; phone; Explained the NH-40718 delay to Lee Brennan; asked about Wednesday 18 June
    # speaker: fitter
    "Ah, thanks for ringing before I turned up to an empty house. Wednesday's tight, but I can do half nine if the sofa's there first thing. Text me the booking and I'll pencil it in."
    # agree: fitter; written; Kirkgate Fitting to fit the Harbour and remove the old sofa at Mrs Okafor's on Wednesday 18 June, 09:30, confirmed by text
    # trust: fitter thank
    You text him the booking and he replies with a thumbs-up.
    -> fitter_data
+ [Email Lee the new date with Northway's fitting service standards, and ask him to confirm he'll go.]
    ~ fitter_told = true
    # score: partner-communication -1; You told him in time, which matters. But Kirkgate has no contract for its work: sending service standards and demanding confirmation treats a favour-based arrangement like a formal one, and spends goodwill you rely on.
    # trust: fitter pressure
    # log: fitter; email; New fitting date of Wednesday 18 June sent to Lee Brennan with Northway's service standards
    # speaker: fitter
    "Got your email. Wednesday's fine, I'll make it work. Bit formal for us, isn't it?"
    # agree: fitter; written; Kirkgate Fitting to fit the Harbour and remove the old sofa at Mrs Okafor's on Wednesday 18 June
    -> fitter_data

=== fitter_data ===
# speaker: fitter
"One thing: send me her address and mobile again, would you? I clear the old job texts off my phone every month."
Northway sends Kirkgate each customer's name, address and mobile number for every job.
# evidence: legislation
# ask-before: Lee asks for her address and mobile again. What should you think about before you send them?
# ask-after: Kirkgate handles customers' details on Northway's behalf. What does UK GDPR Art. 28 ask for, and does it need a full supplier contract?
+ [Ask Amina Farah, the DPO, to send Lee short written data terms; send the details once he's signed.]
    # score: compliance +2; Kirkgate handles Northway's customers' details on Northway's behalf, which makes it a processor. UK GDPR Art. 28(3) needs the terms in writing however informal the work is; the fitting itself can stay a phone call and a text.
    Reply from Amina Farah, Data Protection Officer, half an hour later: "Good catch. I'll send Lee our two-page processor agreement now. It changes nothing about how you book him." Lee signs it on his phone at lunchtime, and you text him the address.
    # log: fitter; email; Northway's processor agreement, sent by Amina Farah (DPO), signed by Lee Brennan; Mrs Okafor's details then sent
    # agree: fitter; written; Kirkgate Fitting signed Northway's processor agreement for customers' details (UK GDPR Art. 28)
    # trust: fitter agree-written
    -> callback
+ [Text him her address and mobile as usual, and ask him to delete them once the job is done.]
    # score: compliance -1; Deleting the details afterwards is good practice, but it isn't enough. Kirkgate handles Northway's customers' details for Northway, which makes it a processor, and UK GDPR Art. 28(3) needs written terms however informal the work.
    # log: fitter; chat; Sent Mrs Okafor's address and mobile to Lee Brennan by text
    # speaker: fitter
    "Got it, cheers. Wednesday, half nine."
    -> callback
+ [Tell Lee he'll need to sign Northway's full supplier contract, SLAs and all, before he does more jobs.]
    # score: compliance +1; You spotted that something had to be in writing. But the law asks for data-processing terms, not a full supplier contract.
    # score: partner-communication -1; Turning a six-year handshake into a contract with SLAs overnight, days before a job, risks the goodwill the arrangement runs on.
    # trust: fitter pressure
    # speaker: fitter
    "A full contract? For a few jobs a month? I'll do Mrs Okafor's on Wednesday, but I'll have to think about the rest."
    -> callback

=== callback ===
# clock: +10m
{written: You have a date, confirmed in writing: the sofa at Mrs Okafor's on Wednesday 18 June.|You have a date on Graham Calder's word: the sofa at Mrs Okafor's on Wednesday 18 June.} {promised: You told her you'd ring by 3 o'clock.|You told her you'd be in touch.}
# evidence: service-recovery
# ask-before: You have a new date and a promise to keep. When, and how, should she hear it?
# ask-after: What did she have to decide, and could she have decided it from what we sent her?
+ [Wait until Calder's van is loaded next week, so the date you give her can't move again.]
    ~ waited_day = true
    ~ upset += 1
    # score: follow-through -2; Waiting for certainty leaves the customer waiting too. She has decisions to make now, about the party and about the order, and you had a date to give her today.
    # time: Tuesday 09:30
    Tuesday 10 June. Mrs Okafor rings you, having heard nothing.
    -> remedy
+ [Text her the new date now: it's quicker than a call, and she'll have it in writing to keep.]
    # score: follow-through +1; On time, and in writing.
    # score: listening -1; But this isn't just a date. She told us time mattered, so she has choices to weigh, and a text can't hear her answer or her worries. She rings you back ten minutes later.
    -> ring_now
+ [Ring Mrs Okafor now, talk her through the new date, and go over what she can choose to do.]
    # score: follow-through +2; You rang as soon as you had something real. Early and accurate beats late and perfect.
    -> ring_now

=== ring_now ===
{promised: -> kept}
-> remedy
= kept
~ promised = false
~ care += 1
# kept: callback
# mood: customer keep-promise
It's mid-morning, hours before the time you promised.
-> remedy

=== remedy ===
~ promised = false
# clock: +5m
# log: customer; phone; Call with Mrs Okafor about the new date for NH-40718
# speaker: customer
{waited_day: "I waited in all yesterday afternoon for your call. So? Is it coming or isn't it?"|"So? Is it coming before the 21st or isn't it?"}
Her order note, 12 May: needed before Saturday 21 June, and the store confirmed it.
# evidence: legislation
# evidence: crm
# ask-before: The store confirmed she needs the sofa before 21 June. What are her rights now, and what would a fair remedy include?
# ask-after: When may she end the contract under CRA s.28, what must then be refunded, and how quickly? Did our answer tell her?
+ [Confirm Wednesday 18 June, and explain that a sofa made to order can't be cancelled once it's being made.]
    # score: remedy -1; A new date is the core of the remedy, but nothing in the outcome recognises the day's leave she booked and lost, and she leaves feeling trapped rather than helped.
    # score: compliance -2; Being made to order doesn't take away her Consumer Rights Act rights on delivery. The 21 June deadline is on her order, so if the sofa misses it she can end the contract for a full refund (s.28). Telling her she's locked in misstates the law.
    ~ upset += 1
    # mood: customer dismiss
    # speaker: customer
    "So I'm stuck with it whatever happens? Wonderful. Wednesday, then, and it had better come."
    # agree: customer; written; Delivery Wednesday 18 June
    -> dispatch_promise
+ [Offer the 18th, fitting rebooked, a £50 voucher for her lost day; if it misses the 21st, she can cancel.]
    ~ care += 1
    # score: compliance +2; The store agreed she needs the sofa before 21 June, so that date is essential. Wednesday meets it, so there's no right to cancel today; if it misses the 21st she can end the contract for a full refund (CRA s.28). You told her plainly.
    # score: remedy +2; The remedy fits the failure: a firm new date before her deadline, the fitting rebooked, and a proportionate gesture for the day's leave she lost, with the refund route clear if the date fails.
    # mood: customer reassure
    # speaker: customer
    "I don't want to cancel, I love that sofa. Wednesday, then. But if it misses the party, I'll want every penny back."
    You tell her that if it comes to that, the refund is paid without undue delay, and email her a note of what you've agreed.
    # agree: customer; written; Delivery Wednesday 18 June with fitting; £50 goodwill voucher; if the sofa is not delivered before 21 June she may cancel for a full refund
    -> dispatch_promise
+ [Offer Wednesday 18 June, refund the £39 delivery charge, and say she can cancel today if she'd rather.]
    # score: remedy +1; A firm date, a refund of the charge and a way out are generous. Cancelling today is goodwill, not her right: the new date still meets her 21 June deadline. But she's afraid this date will go the same way, and still doesn't know where she'd stand if it did.
    # mood: customer reassure
    # speaker: customer
    "No, I want the sofa, not my money back. Wednesday, then. I just hope it doesn't go the same way as Thursday."
    # agree: customer; written; Delivery Wednesday 18 June; £39 delivery charge refunded; cancellation offered as goodwill and declined
    -> dispatch_promise

=== dispatch_promise ===
# promise: dispatch-call; customer; by 2025-06-16 17:00; Ring Mrs Okafor on Monday 16 June to confirm the sofa has been dispatched
You tell her you'll ring her on Monday 16 June, once the sofa is on its way.
-> escalate

=== escalate ===
# clock: +15m
CRM, Calder Upholstery: this is the second short delay notice this quarter. Order NH-39950 in April had 4 working days' notice against the SLA's 10.
# evidence: escalation
# evidence: sla-kpi
# ask-before: This is Calder's second short notice this quarter. Is that yours to deal with, someone else's, or nobody's?
# ask-after: What should a good escalation contain, and what stays in the coordinator's own hands?
+ [Close the complaint: she has her new date, the sofa is being made, and Calder know the date matters.]
    # score: escalation -1; Two short notices in a quarter is a pattern. If nobody who holds the contract hears about it, the partnership goes unmonitored and the next customer pays for it.
    # misconception: self-managing-partnership
    You mark the complaint resolved on the CRM.
    -> follow_up
+ [Email Claire and Dev a short note: Calder's two short notices, our own inbox gap, and what you propose.]
    ~ care += 1
    # score: escalation +2; A repeat SLA breach by a contracted partner is exactly what should go up, and you sent it the right way: the evidence and a proposal, while keeping the customer's remedy in your own hands.
    # trust: buying share
    # log: manager; email; NH-40718 note: Calder gave 6 working days' notice against the SLA's 10, the second short notice this quarter; notice not passed from Buying to Customer Service; proposal to raise both at the June supplier review
    # speaker: manager
    "Thanks, this is exactly what I need: short, with the evidence. I'll put Calder on the supplier review agenda with Dev.{got_feedback: And I like Graham's idea about sharing date-critical order notes. Let's propose that too.|}"
    -> follow_up
+ [Pass the whole case up to Claire: she should decide the customer's remedy and what to do about Calder.]
    # score: escalation -2; You're empowered to agree a new date and a goodwill gesture: that's your job, not your manager's. Passing it all up slows things down and buries the real issue, a repeat SLA breach, under detail.
    # log: manager; email; Passed the NH-40718 complaint to Claire Bennett for a decision
    # speaker: manager
    "You've already sorted the customer, haven't you? You don't need me to agree a new date. What I do need is the Calder pattern, in two lines, for Dev and me."
    -> follow_up

=== follow_up ===
~ got_feedback = false
{waited_day: -> from_tuesday}
-> from_monday

= from_monday
# time: 2025-06-16 08:30
-> monday

= from_tuesday
~ waited_day = false
# time: 2025-06-16 08:30
-> monday

= monday
# scene: office
Monday 16 June, first thing. Calder's van is due to leave for Leeds this morning.
{fitter_told: -> decide}
-> lee_text

= lee_text
# trust: fitter ignore
~ upset += 1
# mood: customer fail
A text from Lee Brennan, sent last Thursday: "Stood outside Mrs Okafor's for the sofa job. She says it's not coming?? Would've been nice to know. I'm booked solid next week, can do Friday 20th at the earliest."
-> decide

= decide
# evidence: partnership-delivery
# ask-before: It's dispatch day. Is there anything for you to do, and why?
# ask-after: What does monitoring a partner look like in practice here, and what did our choice cost or save?
+ [Don't wait to hear: check with Calder that the sofa is on today's van, then ring Mrs Okafor.]
    ~ checked = true
    # score: follow-through +2; Checking the critical step while there's still time to fix it is what monitoring a partner means. You also kept your promise to ring her on Monday.
    -> checking
+ [Leave it: Calder know the date, and the warehouse will soon shout if the sofa doesn't turn up.]
    ~ upset += 1
    # score: follow-through -2; You promised to ring her on Monday and didn't, and you left the one step that could still fail unwatched. A partnership doesn't monitor itself.
    # misconception: self-managing-partnership
    -> delivery_day

=== checking ===
# clock: +20m
{written: -> on_van}
-> not_on_van

= on_van
# speaker: supplier
"Morning! Yes, it's on the van: left at seven, due at your Leeds warehouse about two o'clock. It's on the confirmation I sent you."
You note the dispatch on the order.
-> ring_monday

= not_on_van
# speaker: supplier
"Monday? Hang on..." A long pause. "It's made, it's wrapped, but it's not on the planner's sheet. Nobody here ever wrote it down. I'm sorry. I'll get it on tomorrow's van myself, so you'd have it at hers Thursday."
~ upset += 1
~ arrival = 1
# sla-breached: written-confirm
# status: supplier breached
# agree: supplier; written; NH-40718 on the Tuesday 17 June van; Graham Calder to email confirmation today
His confirmation email arrives ten minutes later. This time it's in writing.
-> ring_monday

= ring_monday
# clock: +10m
# kept: dispatch-call
# mood: customer keep-promise
# log: customer; phone; Rang Mrs Okafor on Monday 16 June with the dispatch news for NH-40718
You ring Mrs Okafor, as you said you would.
{arrival == 1: -> late_news}
# speaker: customer
"You actually rang! Wednesday, then. I'll move the furniture tonight."
-> delivery_day

= late_news
# mood: customer fail
# speaker: customer
"Thursday? You said Wednesday. That's two days before the party. If it's not here on Thursday, that's it."
# mood: customer apologise
You apologise, and tell her you caught it this morning rather than on the day. The sofa goes on Tuesday's van{fitter_told:, and Lee can move the fitting to Thursday}.
# mood: customer reassure
# speaker: customer
"All right. Thank you for telling me straight, at least."
-> delivery_day

=== delivery_day ===
{written: 
    ~ care += 1
}
{checked: 
    ~ care += 1
}
{fitter_told: 
    ~ care += 1
}
{checked or written: -> went_out}
-> no_sofa

= went_out
~ written = false
~ checked = false
{party_promised:
    # kept: before-party
}
{ arrival == 1:
    # time: Thursday 10:00
    Thursday 19 June. The Harbour arrives at Mrs Okafor's on the morning run: sage velvet, no marks.
- else:
    # time: Wednesday 10:00
    Wednesday 18 June. The Harbour arrives at Mrs Okafor's on the morning run: sage velvet, no marks.
}
{fitter_told: -> fitted}
-> not_fitted

= fitted
~ fitter_told = false
# speaker: fitter
# log: fitter; phone; Lee Brennan fitted the Harbour and took away the old sofa
"All fitted, old one's on my van. Lovely lady. She made me a cup of tea."
# mood: customer resolve
# status: supplier on-track
Delivery and fitting are marked complete on the order.
-> close

= not_fitted
# mood: customer resolve
# status: supplier on-track
The delivery crew screw on the feet and fix the chaise. The old sofa stays in Mrs Okafor's garage until Lee can come on Friday.
-> close

= no_sofa
~ fitter_told = false
# time: Wednesday 10:00
Wednesday 18 June. The delivery crew's manifest has no Harbour on it. Calder's planner never had the Monday booking: nothing was written down, and nobody checked. The next Calder van to Leeds is Monday 23 June, two days after the party.
~ arrival = 2
# sla-breached: written-confirm
# status: supplier breached
# mood: customer fail
# speaker: customer
"I took the day off. Again. My mother's party is on Saturday and I'll have nowhere to sit anyone. Cancel it. I want my money back."
# log: customer; phone; Mrs Okafor cancelled NH-40718 for a full refund after the second missed date
You cancel the order and arrange the full refund of £1,288, to be paid without undue delay: Finance send it the same day.
-> close

=== close ===
# clock: +2h
{arrival == 2: The order is cancelled and the refund is being processed.|The sofa is in.} Before you close the case:
# evidence: coordinated-accountability
# evidence: relationship-building
# ask-before: Is the case finished now? Who, if anyone, still needs to hear from you?
# ask-after: Who in the chain needed to hear how it ended, and what does each of them learn from it?
+ [Mark the case as closed once the delivery team says it's done, and log the outcome on the CRM.]
    # score: follow-through -1; The job isn't finished when the system says so. Without a word from you, she doesn't know anyone cared how it ended, and the partners don't hear either.
    The case is closed on the CRM.
    -> ending
+ [Email her a satisfaction survey and a £25 voucher to thank her for being so patient.]
    # score: remedy -1; A voucher after the event isn't closing the loop: compensation stands in for a conversation about how it went.
    # misconception: compensation-not-process
    # log: customer; email; Survey and £25 voucher sent to Mrs Okafor
    The survey goes out with the voucher code.
    -> ending
+ [Ring Mrs Okafor to ask how it went, note it on her order, and tell Graham, Lee and Dev.]
    # score: follow-through +2; Closing the loop with the customer, and telling the partners how it ended, is what turns a fix into a relationship. Each of them learns what worked.
    # score: partner-communication +1; Sharing the outcome back with the people in the chain keeps the relationships maintained, not just used.
    # trust: supplier thank
    # trust: fitter thank
    # trust: buying share
    # log: customer; phone; Follow-up call to Mrs Okafor to check the outcome of NH-40718
    ~ care += 1
    -> close_call

=== close_call ===
# clock: +10m
{arrival == 2: -> cancelled_call}
# mood: customer exceed
# speaker: customer
"It looks beautiful. My sister's already asked where it's from. You kept your word when it mattered, love, and that's what I'll tell people."
-> ending

= cancelled_call
# mood: customer listen
# speaker: customer
"Well, it's good of you to ring. I've bought a sofa somewhere else. I'm sure you'll understand."
-> ending

=== ending ===
{arrival == 2: -> failed}
{upset >= 5: -> lost}
{arrival == 0 && care == 8 && upset <= 1: -> strong}
{arrival == 0 && care >= 4: -> partial_chain}
-> partial_customer

= strong
# ending: strong; Before the party, and better next time; Mrs Okafor had her sofa on the day you agreed, with every promise kept, her rights explained, and the fitting rebooked. You found the gap inside Northway as well as Calder's short notice, put the new date in writing, took the repeat breach to the people who hold the contract, closed the loop with everyone in the chain, and left both a process and a partnership stronger than before.
The Harbour is in, the party's on, and the next delay notice from Calder will reach Customer Service the day it arrives.
-> END

= partial_chain
# ending: partial; Delivered, but not everything learned; Mrs Okafor got her sofa on the agreed day, so the recovery worked for her. But parts of it were left to luck or to her patience: a call-back missed, her rights not explained, the gap that let Calder's notice sit in the Buying inbox, a date never put in writing, a dispatch nobody checked, a fitter nobody told, a repeat breach nobody heard about, or a loop never closed. The next customer may not be so lucky.
Mrs Okafor is happy. The next customer may not be so lucky.
-> END

= partial_customer
# ending: partial; There in the end; The sofa arrived before the party, but the route there cost Mrs Okafor more worry and time than it should have: a missed call-back, a slipped date or rights she wasn't told about. The relationship with her survived, just.
The sofa is in. Mrs Okafor will think twice before ordering furniture from Northway again.
-> END

= lost
# ending: failed; Sofa delivered, customer lost; The sofa arrived, but by then Mrs Okafor had been let down too many times. She has told the store she won't order from Northway again.
The sofa is in, but Mrs Okafor is gone.
-> END

= failed
# ending: failed; After the party; The sofa missed the second date as well, because nothing was written down and nobody checked. Mrs Okafor cancelled for a full refund, as she was entitled to, and hosted her mother's party without it. Northway lost the sale and the customer; Calder and Kirkgate lost the work.
Mrs Okafor's mother turned eighty without the new sofa.
-> END
