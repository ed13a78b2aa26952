EXTERNAL mood(who)
EXTERNAL trust(who)

# title: Reasonable adjustment: Mr Hughes's chair
# summary: Mr Gareth Hughes, a wheelchair user with limited use of his hands, needs to return a faulty riser-recliner chair, but the standard returns process is book online, print, pack and post. Make the return work for him with the warehouse, Finance and an informal local fitter, and fix the process for the next customer.
# duration: 15-20
# difficulty: intermediate
# location: office
# start: 2025-04-08 10:05
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
# character: customer; hughes-gareth
# character: warehouse; okoro-sam
# character: finance; khan-imran
# character: fitter; morgan-bethan
# partner: warehouse
# partner: finance
# partner: fitter
# tutor-outcome: Ask a disabled customer what he needs instead of coaching him through the barrier, or handing the job to his family.
# tutor-outcome: State a customer's rights on faulty goods plainly: a full refund if he rejects them within 30 days, collection at Northway's cost for every customer, and the refund within 14 days of agreeing it (Consumer Rights Act 2015 ss.20 and 22).
# tutor-outcome: Make a reasonable adjustment under the Equality Act 2010 without asking for proof or charging for it, in the format he chooses, and record what he needs (not his diagnosis) with his agreement.
# tutor-outcome: Run an informal partner with a call and a written confirmation, with written data-processing terms before his details go (UK GDPR Art. 28).
# tutor-outcome: Take a process change that crosses departments to its owners with a proposal and a check date.
# tutor-marking: communication-techniques; Recognising the two attempts he had already made and asking him what would make the return manageable.
# tutor-marking: coordinated-accountability; The depot, Finance, the fitter and the website each own a step of his return. The coordinator keeps them joined up, and keeps the customer when the fitter's van breaks down.
# tutor-marking: formal-vs-informal; Usk Valley Fitting has no contract: a call, a written confirmation and data terms, not a job sheet or an assumption.
# tutor-marking: partnership-delivery; Agreeing with the depot how to collect a powered chair safely, and with the fitter when to lower it first.
# tutor-model: Acknowledge his two attempts and ask what would work for him. Tell him plainly he may reject the chair for a full refund. Book the collection free because collecting rejected faulty goods is Northway's cost for every customer, and ask which day suits him. Tell the depot no proof is needed, use the adjustment code, and ask what the crew need to do it safely. Ring Bethan, agree the time and fee, confirm by email, and get the DPO's written data terms before his details go. Get Finance to pay within 14 days of agreeing the refund, in writing. Ask how he wants it confirmed. Record his adjustment, not his health, with his agreement. When the van breaks down, rearrange it and ring him yourself. Take the returns process to its owners with a proposal and a three-month check.
# tutor-wrong-turn: Talking him through the online form. He has just said it doesn't work for him, and the duty is to offer a reasonable alternative.
# tutor-wrong-turn: Asking a relative or neighbour to help. It quietly moves Northway's duty onto the customer.
# tutor-wrong-turn: Waiving the £39 as goodwill or as the adjustment. Collecting a rejected faulty item is Northway's cost for any customer. The adjustment is how it is collected.
# tutor-wrong-turn: Asking for a Blue Badge or other proof. It puts back the barrier the adjustment exists to remove.
# tutor-wrong-turn: Agreeing with the fitter by phone only, or putting her on a staff job sheet. An informal partner still needs a written confirmation, and written data terms before she gets his details.
# tutor-wrong-turn: Recording his diagnosis. Health details are special category data, so record only what the adjustment needs, with his agreement.

// Weak choices at decisions that set no other flag, capped at 2; the ending reads them.
VAR lapses = 0
VAR promised = false
// The collection fee: 0 = free, as the law requires for any faulty item; 1 = free, but only as a disability adjustment;
// 2 = waived as goodwill; 3 = charged
VAR fee = 0
VAR proof = false
// 0 = agreed in writing, with data-processing terms; 1 = agreed on the phone only; 2 = put on a job sheet without asking her;
// 3 = agreed in writing, but his details sent with no data-processing terms
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
Returns process on the website: book online, print the label, pack the item and hand it to the courier, or take it to a store. Large items: collection, £39.
# speaker: customer
"Good morning. Gareth Hughes. I'm sorry to be a nuisance. It's about the chair."
# speaker: customer
# mood: customer fail
"It was grand for a week. Then on Sunday the motor went halfway up, made a noise like a coffee grinder and stopped. It's stuck there, tipped forward. I can't sit in it; I'd slide straight out onto the carpet."
# speaker: customer
"Your website wants me to print a label and pack it. I've no printer, and some mornings I can't do up my own buttons, let alone tape up a chair. I tried that chat thing. By the time I'd typed 'hello' it had given up on me."
# clock: +4m
# evidence: communication-techniques
# ask-before: Mr Hughes has tried twice to return the chair. What does he need from you first?
# ask-after: What did our reply tell him about whether Northway would change anything for him?
* [Offer to talk him through the online returns form step by step, so he can finish it himself while you stay on the line.]
    ~ lapses = MIN(lapses + 1, 2)
    # score: listening -1; Well meant, but he has just told you the online route doesn't work for him. Coaching him through a barrier isn't removing it.
    # score: compliance -1; The Equality Act expects a reasonable alternative, such as doing it by phone, not the same form with help.
    # speaker: customer
    "It's not the form, it's the printing and the packing. I can't lift a chair into a box, whoever's on the phone."
    -> his_rights
* [Say you can see he has tried twice already, and ask him what would make sending the chair back manageable for him.]
    # score: listening +2; You recognised the effort he had already made and asked him what he needs instead of guessing. That is where a reasonable adjustment starts.
    # mood: customer listen
    # speaker: customer
    "Well. If somebody could just come and take it away, that would be the answer. I can't get it anywhere myself."
    -> his_rights
* [Ask whether a family member or a neighbour could help with the return and the packing, so it's all done this week.]
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
# ask-before: The chair is faulty after twelve days and he wants his money back. What are his rights, and who chooses the remedy?
# ask-after: What does the law give him within 30 days of delivery, and did he hear it from us plainly?
* [Suggest an engineer visit to repair the motor first: it's often quicker than a refund, and he'd keep a chair he chose.]
    ~ lapses = MIN(lapses + 1, 2)
    # score: remedy -1; Within 30 days the choice to reject faulty goods for a refund is his. A repair can be offered if he wants one, but steering him to it overrides his right.
    # mood: customer dismiss
    # speaker: customer
    "And then what, wait for it to go again? No. I'd like my money back, if it's all the same to you."
    He's right, and you agree the refund.
    -> the_fee
* [Say you'll need a short video of the fault before the refund is approved, so the depot knows what it's collecting.]
    ~ lapses = MIN(lapses + 1, 2)
    # score: remedy -1; Asking a man with limited use of his hands to film a stuck chair adds a barrier. His description, and a check when it is collected, are enough to agree the refund.
    # mood: customer dismiss
    # speaker: customer
    "A video? I can barely answer this phone. You'll have to take my word for it."
    You agree the refund on his word, with a check at collection.
    -> the_fee
* [Tell him yes: a fault within 30 days means he can reject it for a full refund. Say you'll ring by two with a date.]
    ~ promised = true
    # score: remedy +2; Right remedy: faulty goods within 30 days may be rejected for a full refund. You gave him his right plainly, without making him argue for it.
    # score: follow-through +1; A call-back with a time you control.
    # mood: customer reassure
    # promise: callback; customer; by 14:00; Ring Mr Hughes back by 2pm with a collection date
    # speaker: customer
    "Two o'clock. Right you are. I'll be here; I'm not going anywhere fast."
    -> the_fee

=== the_fee ===
The returns screen offers one route for a chair this size: a large-item collection, £39, taken when it's booked.
# evidence: legislation
# ask-before: The returns screen wants £39 for collecting a chair this size. Should he pay it, and why, or why not?
# ask-after: Why is the collection free, and what would happen to the next customer with a faulty item if we gave the wrong reason?
* [Book the collection free as a reasonable adjustment: he can't use the free label or store routes, so he mustn't pay.]
    ~ fee = 1
    # score: compliance -1; Right outcome, wrong reason. Collecting a rejected faulty item is Northway's cost for every customer (Consumer Rights Act 2015 s.20). The adjustment is how it is collected, not whether he pays.
    # mood: customer reassure
    # speaker: customer
    "No charge? Well, that's a relief. I did wonder."
    -> warehouse_call
* [Book it free: collecting a rejected faulty item is Northway's cost for any customer. Ask him which day and time suit him.]
    ~ fee = 0
    # score: compliance +2; Correct: when faulty goods are rejected, the trader bears the cost of getting them back (Consumer Rights Act 2015 s.20(7)-(8)), for every customer. His adjustment is how it is done, never charged for.
    # mood: customer reassure
    # speaker: customer
    "No charge? Well, that's a relief. Mornings are better for me, after ten. I'm slow to get going."
    -> warehouse_call
* [Waive the £39 as a goodwill gesture, given everything, and note it on the order so nobody charges it by mistake.]
    ~ fee = 2
    # score: compliance -1; Right outcome, wrong reason. Free collection of a rejected faulty item is his legal right, not a favour. Calling it goodwill means the next customer with a faulty item may be charged.
    # mood: customer reassure
    # speaker: customer
    "That's kind of you. Thank you."
    -> warehouse_call
* [Take the usual £39 now and refund it with the chair once the depot confirms the fault, so the paperwork matches.]
    ~ fee = 3
    # score: compliance -2; The trader pays to collect rejected faulty goods (Consumer Rights Act 2015 s.20(7)-(8)), whoever the customer is. Charging first, even to refund it later, puts that cost on him.
    # score: remedy -1; It leaves a customer with a faulty chair out of pocket while we check.
    # mood: customer dismiss
    # speaker: customer
    "Thirty-nine pounds to take away a chair that's broken? Go on, then. I haven't the energy to argue."
    -> warehouse_call

=== warehouse_call ===
# clock: +10m
# scene: warehouse
You ring Sam Okoro, returns and collections coordinator at the Newport depot.
# sla: collection; warehouse; by Friday 17:00; Two-person collection within 3 working days of booking (by close on Friday)
# log: warehouse; phone; Asked the depot to collect a faulty riser-recliner from Mr Hughes, order NH-51877
# speaker: warehouse
"Abergavenny, two-person crew. I can do Thursday, half ten. But a riser chair stuck halfway up with a motor fault? Our crews aren't trained on powered chairs. One tipped on a driver's foot last year. Somebody has to lower it and unplug it first."
# speaker: warehouse
"And the extras, a fitter first and a time to suit him, need a reason code, or audit ask questions. If it's for a disability, don't we need some proof? A Blue Badge or something?"
# evidence: partnership-delivery
# ask-before: The depot wants a reason for the extras, and asks whether proof is needed. What do you tell Sam?
# ask-after: What does the depot now know, and what did we learn from them about doing this safely?
* [Say no proof is needed: he's told us what he needs. Use the adjustment code, and ask what the crew need to do it safely.]
    # score: partner-communication +2; You answered the audit worry with a clear standard and asked for the depot's expertise on safety. Two-way, and the internal link is now part of the plan.
    # score: compliance +1; No proof is asked for; the adjustment is recorded under the right reason.
    # trust: warehouse consult
    # agree: warehouse; written; Two-person collection booked for Thursday 10 April at 10:30 under the reasonable-adjustment reason code, once the fitter has lowered the chair
    # speaker: warehouse
    "Fair enough, I'll use that code. If someone who knows the chair lowers it first, we'll take it Thursday. Book it."
    -> fitter_call
* [Ask Mr Hughes for a photo of his Blue Badge, so the adjustment is backed up if audit ever query the reason code.]
    ~ proof = true
    # score: compliance -2; Asking a disabled customer to prove his disability before he can return a faulty chair is a barrier the adjustment exists to remove. The audit trail is a note in our records, not his documents.
    You ring Mr Hughes back to ask.
    # speaker: customer
    # mood: customer dismiss
    "My Blue Badge? To send back a broken chair? I'll have to get my daughter to photograph it. Honestly."
    -> fitter_call
* [Ask the fitter who installed it to take it to the Cardiff store in her van: she knows the chair, and it saves the crew a trip.]
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
Bethan Morgan runs Usk Valley Fitting: two people and a van. She fitted Mr Hughes's chair. There is no contract with her; Northway rings her when it needs her and pays per job. For this job she'll need his address, his phone number and what he needs on the day.
# evidence: formal-vs-informal
# ask-before: Bethan has no contract with Northway and will need his address and needs. How do you set this up?
# ask-after: Which of our arrangements with her would still hold if something went wrong on the day?
* [Ring her and agree it on the phone: she's reliable, there's no contract anyway, and paperwork would make it feel stiff.]
    ~ fitter_deal = 1
    # score: partner-communication -1; The call was right, but with no contract, a written confirmation is the only record of who does what, when and for how much.
    # score: compliance -1; She will hold his details for Northway, which makes her a processor. UK GDPR Art. 28(3) requires written terms for that, however informal the arrangement.
    # misconception: undocumented-agreement
    # trust: fitter agree-verbal
    # agree: fitter; verbal; Bethan to lower and disconnect the chair on Thursday morning before the crew arrives
    # speaker: fitter
    "Thursday morning, Abergavenny, the Cadair. No bother. I'll fit it in."
    -> finance_call
* [Ask Sam to put her on Thursday's crew job sheet, with his address and needs. She works alongside the crews all the time anyway.]
    ~ fitter_deal = 2
    # score: partner-communication -2; She is an independent business, not staff. An informal partnership still needs asking and agreeing terms; a job sheet is not an agreement.
    # score: compliance -1; His details went to an outside firm with nothing in writing about how she may use them. A fitter handling customers' details for Northway is a processor: UK GDPR Art. 28(3) terms in writing are required.
    # misconception: partnership-is-teamwork
    # trust: fitter bypass
    An hour later Bethan rings.
    # speaker: fitter
    "I've just seen myself on your depot's job sheet for Thursday. Nobody asked me. I've a kitchen in Monmouth that morning. I'll squeeze it in for Mr Hughes, but who's paying?"
    You sort out the fee on the phone.
    # agree: fitter; verbal; Bethan to lower the chair on Thursday morning at her usual call-out rate
    -> finance_call
* [Ring her to agree the time and fee, then email her a confirmation with his address, phone number and what he needs.]
    ~ fitter_deal = 3
    ~ heard_fitter = true
    # score: partner-communication +1; A friendly call and a written confirmation of who does what, when and for how much: the right way to run an informal partnership.
    # score: compliance -1; But his personal details went to an outside firm with no data-processing terms. However informal the arrangement, a fitter handling customers' details for Northway is a processor, and UK GDPR Art. 28(3) requires written terms.
    # trust: fitter consult
    # trust: fitter agree-written
    # agree: fitter; written; Bethan lowers and disconnects Mr Hughes's chair at 10:00 on Thursday 10 April, before the depot crew at 10:30; Northway pays her usual £45 call-out; she rings the coordinator at once if anything changes
    # log: fitter; email; Confirmation of Thursday's job, with Mr Hughes's contact details and needs, sent to Usk Valley Fitting
    # speaker: fitter
    "Ah, Mr Hughes, I fitted that one. Lovely man. Those Cadair motors have a manual release; I'll have it down and unplugged in twenty minutes. Send me the email and it'll go on the van's clipboard."
    # speaker: fitter
    "Can I tell you something while I have you? Half the people I fit riser chairs for ask me how on earth they'd ever send one back. Your website's no use to them."
    -> finance_call
* [Ring her, agree the time and fee, confirm by email, and ask Amina Farah (DPO) for written data terms before his details go.]
    ~ fitter_deal = 0
    ~ heard_fitter = true
    # score: partner-communication +2; A friendly call, a clear agreement on what is expected and what it costs, and a written confirmation even with no contract: the right way to run an informal partnership.
    # score: compliance +1; She will handle his details for Northway, so she is a processor: UK GDPR Art. 28(3) requires written terms, however informal the arrangement. Asking the DPO before the details go is the right order.
    # trust: fitter consult
    # trust: fitter agree-written
    # agree: fitter; written; Bethan lowers and disconnects Mr Hughes's chair at 10:00 on Thursday 10 April, before the depot crew at 10:30; Northway pays her usual £45 call-out; she rings the coordinator at once if anything changes
    # speaker: fitter
    "Ah, Mr Hughes, I fitted that one. Lovely man. Those Cadair motors have a manual release; I'll have it down and unplugged in twenty minutes. Send me the email and it'll go on the van's clipboard."
    # speaker: fitter
    "Can I tell you something while I have you? Half the people I fit riser chairs for ask me how on earth they'd ever send one back. Your website's no use to them."
    Amina Farah replies within the hour: nothing is on file for Usk Valley. She sends a one-page processor agreement: his details used only on Northway's instructions, kept confidential and secure, and deleted or returned when the job is done.
    # agree: fitter; written; Usk Valley Fitting signs Northway's data processing terms (UK GDPR Art. 28) before receiving Mr Hughes's details
    # log: fitter; email; Job confirmation, Mr Hughes's details and the signed data processing terms exchanged with Usk Valley Fitting
    Bethan signs and sends it back that afternoon, and you send her the job details.
    -> finance_call

=== finance_call ===
# clock: +10m
You ring Imran Khan, Finance business partner, to set up the refund.
# sla: refund; finance; by 2025-04-21 17:00; Refund within 14 days of agreeing it (Consumer Rights Act 2015), agreed today
# speaker: finance
"Returns from Wales are trunked to the main depot weekly, so the scan-in could be a week after collection. Then five working days for the refund. Call it two to three weeks after the chair leaves his house."
# evidence: service-standards
# ask-before: Finance's usual process could take two to three weeks. Does that work, and what can you do about it?
# ask-after: When does the 14-day refund clock start, and whose process had to change to meet it?
* [Ask Daniel Adeyemi to push Finance for a same-day refund as an exception, given his situation and the trouble so far.]
    ~ lapses = MIN(lapses + 1, 2)
    ~ refund_ok = true
    # score: escalation -2; Over-escalation: paying on collection is within Finance's normal authority. Going over Imran's head for something he can fix wastes senior time and sours the relationship.
    # trust: finance bypass
    # speaker: finance
    "Daniel's just forwarded me your email, asking why it went to him. I can pay on the crew's confirmation; you only had to ask."
    -> hughes_callback
* [Say the 14 days run from agreeing the refund, today. Propose paying on the crew's collection scan, and put it in writing.]
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
* [Go with the standard process, and tell Mr Hughes to expect the money two to three weeks after the chair has been collected.]
    ~ refund_ok = false
    # score: compliance -2; The refund must be paid within 14 days of agreeing it. 'Two to three weeks after collection' could run past that, and he bought the chair with his own money.
    # speaker: finance
    "Great. Standard it is."
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
# ask-before: He asks for it in writing. How should it be confirmed?
# ask-after: Whose convenience did our choice serve, his or Northway's?
* [Send the standard confirmation email, and ask him to fill in the online returns form as well, so there's an audit trail.]
    ~ lapses = MIN(lapses + 1, 2)
    # score: compliance -2; The online form is the very barrier he can't use. The audit trail is our job: a note in our own records does it, without making him do the thing he told you he can't.
    # mood: customer dismiss
    # speaker: customer
    "The form? I've just told you I can't manage the form. What's the point of ringing you?"
    -> crm_record
* [Text him the booking reference and time: it's quick, it's on his phone on the day, and he needn't find a pen.]
    ~ lapses = MIN(lapses + 1, 2)
    # score: compliance -1; A text may suit some people, but you chose the channel for our convenience without asking him. Accessible service means offering the format that works for him.
    # score: listening -1; He asked a simple question; asking him back how he'd like it would have told you what works.
    # mood: customer dismiss
    # speaker: customer
    "A text. Right. I'll try and find it on this thing."
    -> crm_record
* [Ask how he'd like it confirmed: letter, large print, email or a call. He picks large print and a call the day before.]
    # score: compliance +2; Offering accessible formats and letting him choose the channel is what the Equality Act expects, and it works better than guessing.
    # score: listening +1; You asked instead of assuming.
    # mood: customer reassure
    # log: customer; phone; Collection confirmed by phone; large-print letter to follow; reminder call on Wednesday
    # speaker: customer
    "Large print would be champion. My eyes aren't what they were either."
    -> crm_record

=== crm_record ===
# clock: +5m
The call ends. Mr Hughes's CRM profile is open in front of you, with a blank Preferences and adjustments field.
# evidence: crm
# ask-before: His record has a blank Preferences and adjustments field. What, if anything, do you write there?
# ask-after: What will the next colleague who speaks to him know, and what should they not need to know?
* [Add a note that he's a wheelchair user with arthritis in his hands, so every colleague understands his situation straight away.]
    # score: compliance -1; A diagnosis tells colleagues what's wrong, not what to do, and you didn't ask him. Health details are special category data (UK GDPR Art. 9): record only what the adjustment needs, with his agreement.
    The note sits in the free-text field, where the returns screen never looks.
    -> collection_day
* [With his agreement, record what he needs (phone contact, large print, collection with a fitter, no charge), not his health.]
    ~ recorded = true
    # score: compliance +2; Adjustments should be anticipated. Health details are special category data (UK GDPR Art. 9), so you recorded only what the adjustment needs, with his agreement, and he never has to ask again.
    # score: follow-through +1; The adjustment now follows him to every future contact, closing the loop for next time.
    # log: customer; system; Adjustment recorded on CRM with Mr Hughes's agreement: phone contact, large print, collection and fitter for large items, no charge
    The flag now shows at the top of his record for every colleague.
    -> collection_day
* [Keep it off his record: health details are sensitive, and he may not want colleagues reading about his condition.]
    # score: compliance -2; Sensitive is a reason to record carefully, not to record nothing: he will have to explain and ask all over again next time. Record the adjustment he needs (not his diagnosis), with his agreement.
    You close the record unchanged.
    -> collection_day

=== collection_day ===
{fitter_deal == 0 || fitter_deal == 3: -> twist_early}
-> twist_late

=== twist_early ===
# time: Thursday 08:10
# scene: office
Thursday 10 April, 08:10. Your phone rings: Bethan Morgan.
# speaker: fitter
"Bad news, and I'm sorry. The van's clutch went on the Heads of the Valleys road last night. I can do Mr Hughes tomorrow, ten o'clock, same plan. I had your number on the email, so I thought I'd ring before anyone set off."
# status: fitter at-risk
-> twist_choice

=== twist_late ===
# time: Thursday 10:20
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
# ask-before: The fitter's van has broken down. What needs to happen next, and who tells Mr Hughes?
# ask-after: How did he experience the second failure, and who did he hear it from?
* [Thank Bethan, move the crew to Friday with Sam, then ring Mr Hughes yourself to apologise and check Friday suits him.]
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
* [Ask Sam's crew to go ahead today and lower the chair themselves, carefully: Mr Hughes has been waiting long enough already.]
    ~ lapses = MIN(lapses + 1, 2)
    # score: partner-communication -2; You overrode the crew's safety concern and the fitter's expertise to hit a date. A powered chair stuck mid-rise can tip and injure him or them.
    # score: follow-through -1; A promise kept unsafely isn't kept. Rearranging quickly would have kept faith with him.
    # trust: warehouse pressure
    # speaker: warehouse
    "No. I told you on Tuesday, our crews aren't doing powered chairs. They'll come back tomorrow when the fitter's there."
    -> collection_done
* [Ask Bethan to ring Mr Hughes herself to rearrange: she knows him and her own diary, and it saves passing messages.]
    ~ lapses = MIN(lapses + 1, 2)
    # score: ownership -2; He is Northway's customer. Handing the apology to a partner passes on responsibility for his experience, and he hears it from someone he has no agreement with.
    # misconception: outsourcing-responsibility
    # mood: customer blame-partner
    # speaker: customer
    "The fitting lady rang. Very apologetic. But nobody from Northway. Who's actually in charge of this?"
    -> collection_done

=== collection_done ===
{fitter_deal > 0:
    ~ fitter_deal = 1
}
# time: Friday 10:00
# scene: customer-home
# sla-met: collection
# status: fitter on-track
# log: warehouse; system; Chair collected from Mr Hughes and fault confirmed on the handheld
Friday 11 April. Bethan lowers the chair, releases the motor and unplugs it in twenty minutes. The crew take it at 10:40 and confirm the fault on the handheld.
{refund_ok: -> refund_fast}
-> refund_slow

=== refund_fast ===
# time: Monday 09:00
# sla-met: refund
# log: finance; system; £899 refund paid to Mr Hughes
# mood: customer resolve
Monday 14 April. £899 refunded to Mr Hughes's card, six days after it was agreed.
-> improve

=== refund_slow ===
# time: 2025-04-23 09:00
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
{heard_fitter: Bethan's words are still in your notes: "Half the people I fit riser chairs for ask how they'd ever send one back."}
The returns screen that stopped him on 4 April hasn't changed: print a label, or book a large-item collection at £39.
# evidence: pdca
# ask-before: His case is closed, but the returns screen hasn't changed. Is that your business, and if so, what do you do?
# ask-after: Who owns the returns process, and what would show in three months whether the change worked?
* [Ask Bethan to take every powered-chair return in the area from now on: she's the expert, and the customers trust her.]
    ~ lapses = MIN(lapses + 1, 2)
    # score: investigation -1; A fix that lives with one small outside firm leaves our own website, fees, records and depot unchanged, and she never agreed to it.
    # misconception: ignore-internal
    # trust: fitter pressure
    # speaker: fitter
    "Every one? I'm two people and a van, love. Happy to help, but your own returns process is what needs fixing."
    -> ending
* [Email your team: from now on, book faulty collections free and offer a phone return to any customer who asks for one.]
    ~ lapses = MIN(lapses + 1, 2)
    # score: investigation +1; Partly right: the fee should never apply to faulty returns, and a phone route helps. But the screen customers use still charges, and nothing will show whether it worked.
    # score: escalation -1; A change to a process that Operations, the depot and the website own is beyond your team. It needed taking to its owners with a proposal.
    Your team starts booking faulty collections free. The returns screen, which most customers use without ringing anyone, still shows £39.
    -> ending
* [Send Daniel Adeyemi and Ruth Ellison a proposal: no fee for faulty returns, a phone route, an adjustment flag, a 3-month check.]
    # score: investigation +2; You traced the root cause (a returns process built for one kind of customer, with a fee the law does not allow for faulty goods) and proposed a change with a check date: plan, do, check, act.
    # score: escalation +2; A process change across departments is beyond your authority, so you took it to the Head of Customer Service and the Head of Operations, with a summary and a proposal.
    # trust: fitter share
    # trust: warehouse share
    # log: warehouse; email; Accessible returns proposal sent to Daniel Adeyemi and Ruth Ellison, copied to the depot and Usk Valley Fitting
    The reply comes the next morning from Ruth Ellison: "Good proposal. The fee comes off faulty returns on Monday. Pilot the rest in Wales from May and bring the three-month numbers to the July review."
    -> ending
* [Close the case as resolved: the online process works for most customers, and his was an unusual set of circumstances.]
    ~ lapses = MIN(lapses + 1, 2)
    # score: investigation -2; Two abandoned attempts in the CRM show the process failed him before he rang, and it still charges for faulty returns. Under the Equality Act adjustments should be anticipated, so the next customer shouldn't have to struggle first.
    You close the case.
    -> ending

=== ending ===
~ temp feeling = mood("customer")
{
- feeling == "lost" || feeling == "escalated" || (not recorded && (fee == 3 || proof || not refund_ok)) || (lapses == 2 && (fee == 3 || proof)): -> end_failed
- recorded && refund_ok && fee == 0 && not proof && fitter_deal == 0 && lapses <= 1 && feeling != "angry" && feeling != "frustrated": -> end_strong
- else: -> end_partial
}

=== end_strong ===
In June Mr Hughes rings about a new riser chair. The adjustment flag is the first thing on his record: the colleague offers a phone order, a large-print confirmation and a fitter, and he never has to explain himself again.
# speaker: customer
"I told my daughter, you lot listened. I'll be buying the new chair from you."
# ending: strong; Adjusted, not favoured; Mr Hughes got his legal refund on time and a free collection, as any customer returning faulty goods should, made in a way that worked for him, with no proof demanded and no form he couldn't use. The depot, Finance and the informal fitter each knew what was agreed, in writing, and the returns process now anticipates the next customer who needs help.
-> END

=== end_partial ===
The chair is gone and the money is back. But the next time might go the same way.
{not recorded: When Mr Hughes rings in June about another chair, nobody knows what he needs. He explains it all over again.}
{fee == 1: The free collection was logged as a disability adjustment, so the returns screen still asks other customers £39 to send back faulty goods.}
{fee == 2: The free collection went down as a goodwill gesture, so the next customer with a faulty item may well be charged.}
{fee == 3: He waited for the £39 to come back before he believed it would.}
{proof: He still mentions having to send his Blue Badge.}
{fitter_deal > 0: Usk Valley Fitting holds his address and needs with no written terms on how they may be used or kept.}
# speaker: customer
"You got there in the end. I just wish I hadn't had to push."
# ending: partial; Sorted this time; The faulty chair was collected and refunded, but parts of the return were treated as a favour, left unrecorded, or came with barriers or costs he should not have faced. The process that stopped him is mostly unchanged, so the next customer may struggle the same way.
-> END

=== end_failed ===
Mr Hughes writes a letter, in shaky capitals, to the Head of Customer Service, listing every step that was harder than it needed to be. His daughter posts it on Northway's Facebook page as well.
{fee == 3: He paid £39 to send back a broken chair, a cost the law puts on Northway for any customer, and waited to get it back.}
{proof: He was asked for his Blue Badge before anyone would take it away.}
{not refund_ok: His refund took longer than the law allows.}
{not recorded: Nothing on his record would stop it all happening again.}
# speaker: customer
"I didn't want a favour. I wanted to send back a broken chair like anyone else."
# ending: failed; A barrier, not a service; The customer's rights were met late or at a cost: he was charged to return faulty goods, asked to prove his disability or pushed back to the online route, and nothing was recorded or changed. Northway did not make the reasonable adjustments the Equality Act expects, and its informal partner and depot were left to improvise.
-> END
