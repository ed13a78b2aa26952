EXTERNAL mood(who)
EXTERNAL trust(who)

# title: Reasonable adjustment: Mr Hughes's chair
# summary: Mr Gareth Hughes, a wheelchair user with limited use of his hands, needs to return a faulty riser-recliner chair, but the standard returns process is book online, print, pack and post. Make the adjustment work with the warehouse, Finance and an informal local fitter, and fix the process for the next customer.
# duration: 15-20
# difficulty: intermediate
# location: office
# syllabus: legislation
# syllabus: service-recovery
# syllabus: communication-techniques
# syllabus: formal-vs-informal
# syllabus: relationship-building
# syllabus: documenting-agreements
# syllabus: partnership-delivery
# syllabus: partner-feedback-process
# syllabus: coordinated-accountability
# syllabus: crm
# syllabus: customer-journey
# syllabus: service-standards
# syllabus: escalation
# syllabus: pdca
# character: customer; Mr Gareth Hughes; Customer; customer; hughes
# character: warehouse; Ewa Nowak; Warehouse and Dispatch team leader; department; nowak
# character: finance; Tunde Adeyemi; Finance, refunds lead; department; adeyemi
# character: fitter; Siobhan O'Connor; Owner, Usk Valley Fitting; partner; oconnor
# partner: warehouse; formal; Internal service standard: two-person collections within 3 working days of booking
# partner: finance; formal; Internal service standard: refunds paid within 5 working days of the item being scanned back in at the depot
# partner: fitter; informal; No contract: local fitter Northway calls on for installations and powered furniture, paid per job at her usual rate

// Weak choices at decisions that set no other flag, capped at 2; the ending reads them.
VAR lapses = 0
VAR promised = false
VAR charged = false
VAR favour = false
VAR proof = false
// 0 = agreed and confirmed in writing, 1 = agreed on the phone only, 2 = put on a job sheet without asking her
VAR fitter_deal = 0
VAR heard_fitter = false
VAR refund_ok = false
VAR recorded = false

-> opening

=== opening ===
# scene: office
Tuesday 8 April, 10:05. Customer service office, Northway Home.
CRM: Mr Gareth Hughes, Abergavenny. Customer since 2019. Order NH-51877: Cadair dual-motor riser-recliner, sage, £899. Delivered Thursday 27 March, twelve days ago; installed by Usk Valley Fitting.
Previous contacts: Friday 4 April, online return started, abandoned at "Print your label". Monday 7 April, web chat, timed out after 18 minutes with nothing typed.
Returns process: book online, print the label, pack the item and hand it to the courier, or bring it to a store. Large-item collection: £39.
# speaker: customer
"Good morning. Gareth Hughes. I'm sorry to be a nuisance. It's about the chair."
# speaker: customer
# mood: customer fail
"It was grand for a week. Then on Sunday the motor went halfway up, made a noise like a coffee grinder and stopped. It's stuck there, tipped forward. I can't sit in it; I'd slide straight out onto the carpet."
# speaker: customer
"Your website wants me to print a label and pack it. I've no printer, and some mornings I can't do up my own buttons, let alone tape up a chair. I tried that chat thing. By the time I'd typed 'hello' it had given up on me."
# clock: +4m
# evidence: communication-techniques
* [Let him finish at his own pace, acknowledge that he has already tried twice, and ask what would make returning it manageable for him.]
    # score: listening +2; You let him tell it his way, recognised the effort he had already made, and asked him what he needs instead of guessing. That is where a reasonable adjustment starts.
    # mood: customer listen
    # speaker: customer
    "Well. If somebody could just come and take it away, that would be the answer. I can't get it anywhere myself."
    -> his_rights
* [Offer to talk him through the online returns form step by step, so he can finish it himself while you're on the line.]
    ~ lapses = MIN(lapses + 1, 2)
    # score: listening -1; Well meant, but he has just told you the online route doesn't work for him. Coaching him through a barrier isn't removing it.
    # score: compliance -1; The Equality Act expects an alternative channel, such as the phone, not the same form with help.
    # speaker: customer
    "It's not the form, it's the printing and the packing. I can't lift a chair into a box, whoever's on the phone."
    -> his_rights
* [Ask whether a family member or a neighbour could do the online return and the packing for him.]
    ~ lapses = MIN(lapses + 1, 2)
    # score: compliance -2; Making the return work for him is Northway's duty, not his family's. Relying on relatives quietly shifts a reasonable adjustment onto the customer.
    # score: listening -1; You jumped to a workaround instead of asking him what he needs.
    # mood: customer dismiss
    # speaker: customer
    "My daughter's in Cardiff with three kids and a job. I'm not dragging her up the valley to wrap a chair for you."
    -> his_rights

=== his_rights ===
# speaker: customer
"I just want my money back, to be honest. It's no good to me stuck halfway up. Can I do that? It's only been twelve days."
# evidence: legislation
* [Tell him yes: the chair is faulty and it's within 30 days, so he's entitled to reject it for a full refund. Northway will arrange to collect it, and you'll ring him back by two o'clock with a date.]
    ~ promised = true
    # score: remedy +2; Right remedy: faulty goods within 30 days may be rejected for a full refund. You gave him his right plainly, without making him argue for it.
    # score: follow-through +1; A call-back with a time you control.
    # mood: customer reassure
    # promise: callback; customer; +4h; Ring Mr Hughes back by 2pm with a collection date
    # speaker: customer
    "Two o'clock. Right you are. I'll be here; I'm not going anywhere fast."
    -> the_fee
* [Suggest an engineer visit to repair the motor first; a repair is usually quicker than a refund.]
    ~ lapses = MIN(lapses + 1, 2)
    # score: remedy -1; Within 30 days the choice to reject faulty goods for a refund is his. A repair can be offered if he wants one, but steering him to it overrides his right.
    # mood: customer dismiss
    # speaker: customer
    "And then what, wait for it to go again? No. I'd like my money back, if it's all the same to you."
    He's right, and you agree the refund.
    -> the_fee
* [Tell him that before a refund can be approved you'll need a photo or short video of the fault.]
    ~ lapses = MIN(lapses + 1, 2)
    # score: remedy -1; Asking a man with limited use of his hands to film a stuck chair adds a barrier. His description, and a check when it is collected, are enough to agree the refund.
    # mood: customer dismiss
    # speaker: customer
    "A video? I can barely answer this phone. You'll have to take my word for it."
    You agree the refund on his word, with a check at collection.
    -> the_fee

=== the_fee ===
The returns screen offers a large-item collection at £39. The free routes are the printed label or a store drop-off, and he can use neither.
# evidence: legislation
* [Book the collection free of charge: it replaces the free routes he can't use, so it's a reasonable adjustment, and a disabled customer mustn't be charged for one.]
    # score: compliance +2; Correct: a service provider must make reasonable adjustments and may not charge the disabled customer for them. You named it for what it is, so it can be recorded and repeated.
    # mood: customer reassure
    # speaker: customer
    "No charge? Well, that's a relief. I did wonder."
    -> warehouse_call
* [Waive the £39 fee as a goodwill gesture, just this once.]
    ~ favour = true
    # score: compliance -1; Right outcome, wrong reason. Free collection here is a legal duty, not a favour; calling it a one-off means the next customer, or Mr Hughes himself next time, may be charged.
    # mood: customer reassure
    # speaker: customer
    "That's kind of you. Thank you."
    -> warehouse_call
* [Charge the usual £39 now and refund it with the chair once the fault is confirmed.]
    ~ charged = true
    # score: compliance -2; The collection is the adjustment that lets him use his rights, and he may not be charged for it, even for a fortnight.
    # score: remedy -1; It leaves a customer with a faulty chair out of pocket while we check.
    # mood: customer dismiss
    # speaker: customer
    "Thirty-nine pounds to take away a chair that's broken? Go on, then. I haven't the energy to argue."
    -> warehouse_call

=== warehouse_call ===
# clock: +10m
# scene: warehouse
You ring Ewa Nowak, team leader at the Newport depot.
# sla: collection; warehouse; +80h; Two-person collection within 3 working days of booking (by close on Friday)
# log: warehouse; phone; Asked the depot to collect a faulty riser-recliner from Mr Hughes, order NH-51877
# speaker: warehouse
"Abergavenny, two-person crew. I can do Thursday, half ten. But a riser chair stuck halfway up with a motor fault? My lads aren't trained on powered chairs. One tipped on a driver's foot last year. Somebody has to lower it and unplug it first."
# speaker: warehouse
"And if it's a free collection, audit want a reason code. If it's for disability, don't we need some proof? A Blue Badge or something?"
# evidence: partnership-delivery
* [Tell her no proof is needed: he has told us what he needs, and asking for proof is a barrier in itself. Use the reason code for a reasonable adjustment, and ask what her crew needs to do the job safely.]
    # score: partner-communication +2; You answered her audit worry with a clear standard and asked for her expertise on safety. Two-way, and the internal link is now part of the plan.
    # score: compliance +1; No proof is asked for; the adjustment is recorded under the right reason.
    # trust: warehouse consult
    # agree: warehouse; written; Two-person collection booked for Thursday 10 April at 10:30 under the reasonable-adjustment reason code, no charge, once the fitter has lowered the chair
    # speaker: warehouse
    "Fair enough, I'll use that code. If someone who knows the chair lowers it first, we'll take it Thursday. Book it."
    -> fitter_call
* [Ask Mr Hughes for a copy of his Blue Badge so the paperwork is clean for audit.]
    ~ proof = true
    # score: compliance -2; Asking a disabled customer to prove his disability before he can return a faulty chair is a barrier the adjustment exists to remove. The audit trail is a note in our records, not his documents.
    You ring Mr Hughes back to ask.
    # speaker: customer
    # mood: customer dismiss
    "My Blue Badge? To send back a broken chair? I'll have to get my daughter to photograph it. Honestly."
    -> fitter_call
* [Leave the depot out of it and ask the local fitter to collect the chair in her van and drop it at the Cardiff store. It's quicker.]
    ~ lapses = MIN(lapses + 1, 2)
    # score: partner-communication -2; The depot owns returns: stock, the scan-in that triggers the refund, and the collection standard. Working round an internal department to favour an outside partner leaves a gap in the chain.
    # misconception: ignore-internal
    # trust: warehouse bypass
    # speaker: warehouse
    "Hang on. If it goes to the Cardiff store it never gets booked back through the depot, and Finance won't refund without a scan. It has to come through us. I'll book Thursday, half ten."
    -> fitter_call

=== fitter_call ===
# clock: +10m
# scene: office
Siobhan O'Connor runs Usk Valley Fitting: two people and a van. She fitted Mr Hughes's chair. There is no contract with her; Northway calls her when it needs her and pays per job.
# evidence: formal-vs-informal
* [Ring her: explain the job, ask what she needs and what she'd charge, agree the time with her, and then confirm what you've agreed in a short email.]
    ~ fitter_deal = 0
    ~ heard_fitter = true
    # score: partner-communication +2; The right way to run an informal partnership: a friendly call, a clear agreement on what is expected and what it costs, and a written confirmation even with no contract.
    # trust: fitter consult
    # trust: fitter agree-written
    # agree: fitter; written; Siobhan lowers and disconnects Mr Hughes's chair at 10:00 on Thursday 10 April, before the depot crew at 10:30; Northway pays her usual £45 call-out; she rings the coordinator at once if anything changes
    # log: fitter; email; Confirmation of Thursday's job sent to Usk Valley Fitting
    # speaker: fitter
    "Ah, Mr Hughes, I fitted that one. Lovely man. Those Cadair motors have a manual release; I'll have it down and unplugged in twenty minutes. Send me the email and it'll go on the van's clipboard."
    # speaker: fitter
    "Can I tell you something while I have you? Half the people I fit riser chairs for ask me how on earth they'd ever send one back. Your website's no use to them."
    -> finance_call
* [Ring her and agree it on the phone. She's always reliable, there's no contract anyway, and paperwork would make a friendly arrangement feel stiff.]
    ~ fitter_deal = 1
    # score: partner-communication -1; The call was right, but with no contract, the written confirmation is the only record of who does what, when and for how much.
    # misconception: undocumented-agreement
    # trust: fitter agree-verbal
    # agree: fitter; verbal; Siobhan to lower and disconnect the chair on Thursday morning before the crew arrives
    # speaker: fitter
    "Thursday morning, Abergavenny, the Cadair. No bother. I'll fit it in."
    -> finance_call
* [Ask Ewa to add Siobhan to Thursday's crew job sheet. She works alongside the crews all the time; she's practically one of the team.]
    ~ fitter_deal = 2
    # score: partner-communication -2; She is an independent business, not staff. An informal partnership still needs asking and agreeing terms; a job sheet is not an agreement.
    # misconception: partnership-is-teamwork
    # trust: fitter bypass
    An hour later Siobhan rings.
    # speaker: fitter
    "I've just seen myself on your depot's job sheet for Thursday. Nobody asked me. I've a kitchen in Monmouth that morning. I'll squeeze it in for Mr Hughes, but who's paying?"
    You sort out the fee on the phone.
    # agree: fitter; verbal; Siobhan to lower the chair on Thursday morning at her usual call-out rate
    -> finance_call

=== finance_call ===
# clock: +10m
You ring Tunde Adeyemi in Finance to set up the refund.
# sla: refund; finance; +336h; Refund within 14 days of agreeing it (Consumer Rights Act 2015), agreed today
# speaker: finance
"Returns from Wales are trunked to the main depot weekly, so the scan-in could be a week after collection. Then five working days for the refund. Call it two to three weeks after the chair leaves his house."
# evidence: service-standards
* [Point out that the refund was agreed today, so it must be paid within 14 days of today. Propose paying on the crew's collection confirmation instead of the depot scan, and agree that with him in writing.]
    ~ refund_ok = true
    # score: compliance +2; The 14 days run from agreeing the refund, not from the depot scan. You spotted where our internal process would break the law and proposed a fix.
    # score: partner-communication +1; You gave Finance a workable proposal, not just a demand, and recorded what was agreed.
    # trust: finance consult
    # trust: finance agree-written
    # agree: finance; written; Mr Hughes's £899 refund paid within 3 working days of the crew's collection confirmation, inside 14 days of agreeing it
    # log: finance; email; Refund arrangement for order NH-51877 confirmed with Finance
    # speaker: finance
    "That works. The crew's handheld confirmation is good enough for me. Send me the order number and I'll flag it."
    -> hughes_callback
* [Accept the standard process, and tell Mr Hughes to expect his money two to three weeks after collection.]
    ~ refund_ok = false
    # score: compliance -2; The refund must be paid within 14 days of agreeing it. 'Two to three weeks after collection' could run past that, and he bought the chair with his own money.
    # speaker: finance
    "Great. Standard it is."
    -> hughes_callback
* [Escalate to the Finance Director for a same-day refund as an exception, given the circumstances.]
    ~ lapses = MIN(lapses + 1, 2)
    ~ refund_ok = true
    # score: escalation -2; Over-escalation: paying on collection is within Finance's normal authority. Going over Tunde's head for something he can fix wastes senior time and sours the relationship.
    # trust: finance bypass
    # speaker: finance
    "The FD's sent it back to me, asking why it went to her. I can pay on the crew's confirmation; you only had to ask."
    -> hughes_callback

=== hughes_callback ===
{promised: -> callback_kept}
# clock: +30m
You ring Mr Hughes back with the arrangements.
-> callback_call

=== callback_kept ===
# clock: +30m
# kept: callback
# mood: customer keep-promise
# log: customer; phone; Called Mr Hughes back with the collection arrangements, as promised
You ring Mr Hughes well before two, as promised.
-> callback_call

=== callback_call ===
~ promised = false
# speaker: customer
"Thursday. Someone to let the chair down, then two men to take it. Well, that sounds proper. Will I get that in writing?"
# evidence: customer-journey
* [Ask him how he'd like it confirmed: by post, large print, email, phone? He picks a large-print letter and a call the day before, and you arrange both.]
    # score: compliance +2; Offering accessible formats and letting him choose the channel is what the Equality Act expects, and it works better than guessing.
    # score: listening +1; You asked instead of assuming.
    # mood: customer reassure
    # log: customer; phone; Collection confirmed by phone; large-print letter to follow; reminder call on Wednesday
    # speaker: customer
    "Large print would be champion. My eyes aren't what they were either."
    -> crm_record
* [Send the standard confirmation email, and ask him to complete the online returns form as well once it's booked, so there's an audit trail.]
    ~ lapses = MIN(lapses + 1, 2)
    # score: compliance -2; The online form is the very barrier he can't use. The audit trail is our job: a note in our own records does it, without making him do the thing he told you he can't.
    # mood: customer dismiss
    # speaker: customer
    "The form? I've just told you I can't manage the form. What's the point of ringing you?"
    -> crm_record
* [Text him the booking reference and collection time; it's quick and he has a mobile.]
    ~ lapses = MIN(lapses + 1, 2)
    # score: compliance -1; A text may suit some people, but you chose the channel for our convenience without asking him. Accessible service means offering the format that works for him.
    # score: listening -1; He asked a simple question; asking him back how he'd like it would have told you what works.
    # mood: customer dismiss
    # speaker: customer
    "A text. Right. I'll try and find it on this thing."
    -> crm_record

=== crm_record ===
# clock: +5m
The call ends. Mr Hughes's CRM profile is open in front of you, with a blank Preferences and adjustments field.
# evidence: crm
* [With his agreement, record what he needs: phone contact, large-print confirmations, collection and a fitter for large items, never charged. What he needs, not his medical details.]
    ~ recorded = true
    # score: compliance +2; Service providers should anticipate adjustments. Recording what he needs, with his agreement, means he never has to ask again.
    # score: follow-through +1; The adjustment now follows him to every future contact, closing the loop for next time.
    # log: customer; system; Adjustment recorded on CRM with Mr Hughes's agreement: phone contact, large print, collection and fitter for large items, no charge
    The flag now shows at the top of his record for every colleague.
    -> collection_day
* [Leave it off his record: it's a one-off, and health information is sensitive.]
    # score: compliance -2; Treating it as a one-off favour means he'll have to explain and ask all over again next time. Record the adjustment he needs (not his diagnosis), with his agreement.
    You close the record unchanged.
    -> collection_day
* [Add a note to his account: "Disabled: wheelchair user, arthritis in hands", so colleagues understand his situation.]
    # score: compliance -1; A diagnosis label tells colleagues what's wrong, not what to do, and it was added without asking him. Record the adjustment, in plain words, with his agreement.
    The note sits in the free-text field, where the returns screen never looks.
    -> collection_day

=== collection_day ===
{fitter_deal == 0: -> twist_early}
-> twist_late

=== twist_early ===
# clock: +45h
# scene: office
Thursday 10 April, 08:10. Your phone rings: Siobhan O'Connor.
# speaker: fitter
"Bad news, and I'm sorry. The van's clutch went on the Heads of the Valleys road last night. I can do Mr Hughes tomorrow, ten o'clock, same plan. I had your number on the email, so I thought I'd ring before anyone set off."
# status: fitter at-risk
-> twist_choice

=== twist_late ===
# clock: +47h
# scene: customer-home
Thursday 10 April, 10:20. The depot crew are outside Mr Hughes's house. Nobody has come to lower the chair.
# speaker: fitter
# status: fitter breached
"Oh no, I'm so sorry. The van's clutch went last night. I'd nothing written down with a time or your number, so I've been ringing round the depot trying to find out who to tell. I can do tomorrow at ten."
# speaker: customer
# mood: customer fail
"I've been sat by the door since nine. The two lads are very nice but they say they can't touch it."
-> twist_choice

=== twist_choice ===
# evidence: coordinated-accountability
* [Thank Siobhan for telling you, move the crew to Friday with Ewa, and ring Mr Hughes yourself straight away: apologise, check Friday suits him, and confirm the new time to him, Siobhan and Ewa.]
    # score: follow-through +2; When a link fails, you rearranged it, told the customer yourself and confirmed to everyone. Recovery after a second failure needs exactly this speed.
    # score: ownership +1; Northway's customer, Northway's apology, even though the van was hers.
    # trust: fitter thank
    # trust: warehouse share
    # mood: customer apologise
    # mood: customer reassure
    # agree: fitter; written; New time confirmed: Friday 11 April, 10:00, crew at 10:30
    # log: customer; phone; Apologised to Mr Hughes and rebooked collection for Friday 10:00
    # speaker: customer
    "Tomorrow at ten. These things happen, bach. Thank you for ringing me yourself."
    -> collection_done
* [Ask Ewa's crew to go ahead today and lower the chair themselves. Mr Hughes has waited long enough.]
    ~ lapses = MIN(lapses + 1, 2)
    # score: partner-communication -2; You overrode the crew's safety concern and the fitter's expertise to hit a date. A powered chair stuck mid-rise can tip and injure him or them.
    # score: follow-through -1; A promise kept unsafely isn't kept. Rearranging quickly would have kept faith with him.
    # trust: warehouse pressure
    # speaker: warehouse
    "No. I told you on Tuesday, my lads aren't doing powered chairs. They'll come back tomorrow when the fitter's there."
    -> collection_done
* [Ask Siobhan to ring Mr Hughes herself to rearrange, since she knows him and her own diary.]
    ~ lapses = MIN(lapses + 1, 2)
    # score: ownership -2; He is Northway's customer. Handing the apology to a partner passes on responsibility for his experience, and he hears it from someone he has no agreement with.
    # misconception: outsourcing-responsibility
    # mood: customer blame-partner
    # speaker: customer
    "The fitting lady rang. Very apologetic. But nobody from Northway. Who's actually in charge of this?"
    -> collection_done

=== collection_done ===
~ fitter_deal = MIN(fitter_deal, 1)
# clock: +1d
# scene: customer-home
# sla-met: collection
# status: fitter on-track
# log: warehouse; system; Chair collected from Mr Hughes and fault confirmed on the handheld
Friday 11 April. Siobhan lowers the chair, releases the motor and unplugs it in twenty minutes. The crew take it at 10:40 and confirm the fault on the handheld.
{refund_ok: -> refund_fast}
-> refund_slow

=== refund_fast ===
# clock: +3d
# sla-met: refund
# log: finance; system; £899 refund paid to Mr Hughes
# mood: customer resolve
Monday 14 April. £899 refunded to Mr Hughes's card, six days after it was agreed.
-> improve

=== refund_slow ===
# clock: +12d
# sla-breached: refund
# log: finance; system; £899 refund paid to Mr Hughes after the depot scan
Wednesday 23 April. The depot scan came through on the 16th, and the refund a week later: fifteen days after it was agreed.
# speaker: customer
# mood: customer fail
"Fifteen days. I had to ring twice to find out where it was. On my pension, that's a lot of money to have sitting with you."
-> improve

=== improve ===
# scene: office
Back at your desk, Mr Hughes's case shows as closed.
{heard_fitter: Siobhan's words are still in your notes: "Half the people I fit riser chairs for ask how they'd ever send one back."}
The returns process that stopped him on 4 April hasn't changed.
# evidence: pdca
* [Send the Head of Customer Service and Store operations a short summary and proposal: a phone route and a "Need help returning?" option on the returns page and emails, a CRM adjustment flag the returns screen checks, and a powered-furniture collection route with the depot and Siobhan. Check after three months how many customers used it.]
    # score: investigation +2; You traced the root cause (a returns process built for one kind of customer) and proposed a change with a check date: plan, do, check, act.
    # score: escalation +2; A process change across departments is beyond your authority, so you escalated it to the people who own it, with a summary and a proposal.
    # trust: fitter share
    # trust: warehouse share
    # log: warehouse; email; Process proposal for accessible returns sent to the Head of Customer Service and Store operations, copied to the depot and Usk Valley Fitting
    The reply comes the next morning: "Good proposal. Pilot it in Wales from May; bring the three-month numbers to the July review."
    -> ending
* [Ask Siobhan to handle every powered-chair return in the area from now on. She's the expert, and it takes the problem off our hands.]
    ~ lapses = MIN(lapses + 1, 2)
    # score: investigation -1; A fix that lives with one small outside firm leaves our own website, records and depot unchanged, and she never agreed to it.
    # misconception: ignore-internal
    # trust: fitter pressure
    # speaker: fitter
    "Every one? I'm two people and a van, love. Happy to help, but your own returns process is what needs fixing."
    -> ending
* [Close the case as resolved. The online process works for most customers, and this was an unusual one.]
    ~ lapses = MIN(lapses + 1, 2)
    # score: investigation -2; Two abandoned attempts in the CRM show the process failed him before he rang. Under the Equality Act adjustments should be anticipated, so the next customer shouldn't have to struggle first.
    You close the case.
    -> ending

=== ending ===
~ temp feeling = mood("customer")
{
- feeling == "lost" || feeling == "escalated" || (not recorded && (charged || proof || not refund_ok)) || (lapses == 2 && (charged || proof)): -> end_failed
- recorded && refund_ok && not charged && not proof && not favour && fitter_deal == 0 && lapses <= 1 && feeling != "angry" && feeling != "frustrated": -> end_strong
- else: -> end_partial
}

=== end_strong ===
In June Mr Hughes rings about a new riser chair. The adjustment flag is the first thing on his record: the colleague offers a phone order, a large-print confirmation and a fitter, and he never has to explain himself again.
# speaker: customer
"I told my daughter, you lot listened. I'll be buying the new chair from you."
# ending: strong; Adjusted, not favoured; Mr Hughes got his legal refund on time, with no charge, no proof demanded and no form he couldn't use. The depot, Finance and the informal fitter each knew what was agreed, in writing, and the returns process now anticipates the next customer who needs help.
-> END

=== end_partial ===
The chair is gone and the money is back. But the next time might go the same way.
{not recorded: When Mr Hughes rings in June about another chair, nobody knows what he needs. He explains it all over again.}
{favour: The free collection went down as a goodwill gesture, so nothing says the next customer won't be charged.}
{charged: He waited for the £39 to come back before he believed it would.}
{proof: He still mentions having to send his Blue Badge.}
# speaker: customer
"You got there in the end. I just wish I hadn't had to push."
# ending: partial; Sorted this time; The faulty chair was collected and refunded, but parts of the adjustment were treated as a favour, left unrecorded, or came with barriers he should not have faced. The process that stopped him is mostly unchanged, so the next disabled customer may struggle the same way.
-> END

=== end_failed ===
Mr Hughes writes a letter, in shaky capitals, to the Head of Customer Service, listing every step that was harder than it needed to be. His daughter posts it on Northway's Facebook page as well.
{charged: He paid £39 to return a broken chair and waited to get it back.}
{proof: He was asked for his Blue Badge before anyone would take it away.}
{not refund_ok: His refund took longer than the law allows.}
{not recorded: Nothing on his record would stop it all happening again.}
# speaker: customer
"I didn't want a favour. I wanted to send back a broken chair like anyone else."
# ending: failed; A barrier, not a service; The customer's rights were met late or at a cost: he was charged, asked to prove his disability or pushed back to the online route, and nothing was recorded or changed. Northway did not make the reasonable adjustments the Equality Act expects, and its informal partner and depot were left to improvise.
-> END
