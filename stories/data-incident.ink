EXTERNAL mood(who)
EXTERNAL trust(who)

# title: Data incident: the wrong inbox
# summary: A customer's address, nursery order and a note saying when her house is empty were emailed to a stranger by the outsourced contact centre. Put it right with her, the Data Protection Officer and the contact centre, then handle her subject access request.
# duration: 15-20
# difficulty: advanced
# location: office
# syllabus: legislation
# syllabus: complaint-handling
# syllabus: service-recovery
# syllabus: communication-techniques
# syllabus: escalation
# syllabus: coordinated-accountability
# syllabus: partnership-challenge
# syllabus: partner-feedback-process
# syllabus: proactive-communication
# syllabus: documenting-agreements
# syllabus: sla-kpi
# syllabus: pdca
# character: customer; Mrs Carla Silva; Customer; customer; silva
# character: dpo; Amina Farah; Data Protection Officer; department; farah
# character: contactcentre; Rashid Malik; Account manager, Clearline Contact Services; partner; khan
# partner: dpo; formal; Internal data protection policy: every suspected breach reported to the DPO the same working day
# partner: contactcentre; formal; Contract and data processing schedule: answer 80% of calls within 60 seconds, resolve 85% at first contact, report any data incident to Northway within 24 hours of discovering it

// Weak choices at decisions that set no other flag, capped at 2; the ending reads them.
VAR lapses = 0
// 0 = DPO told at once, 1 = two hours later, 2 = next day via the complaints queue
VAR dpo_delay = 0
VAR promised = false
// 0 = checked our side first, 1 = blamed Clearline first, 2 = waited for their report
VAR check = 0
VAR voucher = false
VAR fix_written = false
VAR sar_ok = false

-> opening

=== opening ===
# scene: office
Thursday 13 March, 11:14. Customer service office, Northway Home head office.
CRM: Mrs Carla Silva, customer since 2021. Open order NH-48213: Alder cot bed, white, £289; Alder three-piece nursery set, £649. Delivery booked for Tuesday 25 March.
Delivery note on the order: "We both work. House empty weekdays 8 till 6. Please leave with no. 14 or call 07700 900431."
Last contact: Monday 10 March, 15:52, email reply about the delivery date, sent by an agent at Clearline Contact Services, our outsourced contact centre.
# speaker: customer
"Is that Northway? Right. I need to speak to somebody who actually knows what's going on."
# speaker: customer
# mood: customer fail
"A man I have never met has just forwarded me one of your emails. My name, my address, my phone number, the cot, the nursery furniture. And my note saying the house is empty every weekday from eight till six. He found my email address in the thread. He says he told your lot on Monday and heard nothing back, so he thought I ought to know."
# speaker: customer
"I'm thirty-four weeks pregnant. A complete stranger knows where I live, that there's a baby coming, and exactly when nobody's home. I haven't stopped shaking since I read it."
# clock: +3m
# evidence: communication-techniques
* [Let her finish, then acknowledge how frightening this is and apologise for it specifically.]
    # score: listening +2; You let her tell the whole story and named the impact (a stranger knowing when her home is empty). That is what makes someone feel heard.
    # score: ownership +1; A prompt, specific apology for her details being exposed, not a vague sorry for any inconvenience.
    # mood: customer listen
    # mood: customer apologise
    # speaker: customer
    "Thank you. I just needed someone to actually hear that."
    -> who_did_it
* [Reassure her that these things are usually harmless and that most people simply delete a stray email.]
    ~ lapses = MIN(lapses + 1, 2)
    # score: listening -2; Minimising a frightening experience to calm someone down tells them their fear is wrong. She has real grounds for worry: an address and the hours the house is empty.
    # mood: customer dismiss
    # speaker: customer
    "Harmless? He knows when my house is empty. Don't you dare tell me it's harmless."
    -> who_did_it
* [Stop her and take her through the security questions before she says any more.]
    # score: listening -1; Security checks matter before you disclose or change anything on an account, but she is telling you what happened, not asking for data. Hear her first, then verify.
    # mood: customer dismiss
    # speaker: customer
    "Second of June, 1991. Postcode LS6 2QT. Now can I please tell you what's happened?"
    She tells it all again, more slowly and more angrily.
    -> who_did_it

=== who_did_it ===
# clock: +3m
You confirm her identity and open the email history on her account.
Sent Monday 10 March, 15:52, from the Northway customer service mailbox by a Clearline agent. To: c.silvano@ (another customer's address). Intended: c.silva@.
# speaker: customer
"Who sent it? Was it one of your people?"
# evidence: coordinated-accountability
* [Say it was sent by our customer service team, that it's Northway's responsibility and you're sorry; you don't yet know exactly how it happened, and you will find out.]
    # score: ownership +2; Not our fault alone, but our problem: her order and her data are with Northway, whoever pressed send. You owned it without guessing at the cause.
    # mood: customer apologise
    # speaker: customer
    "Okay. At least you're not pretending it didn't happen."
    -> promises
* [Explain that it was sent by our contact centre, which is a separate company, and that you'll make sure they know about it.]
    ~ lapses = MIN(lapses + 1, 2)
    # score: ownership -2; Pointing at the contact centre passes the blame. Northway controls her data and the contact centre works for us; to her, they are Northway.
    # mood: customer blame-partner
    # misconception: outsourcing-responsibility
    # speaker: customer
    "I don't care who your contractors are. I gave my details to Northway."
    -> promises
* [Offer her a £50 gift voucher straight away, so she knows Northway is taking it seriously.]
    ~ voucher = true
    # score: remedy -2; A voucher before anyone knows what happened does nothing to protect her and can feel like a payment to go away. Compensation is no substitute for fixing the problem.
    # mood: customer dismiss
    # misconception: compensation-not-process
    # speaker: customer
    "A voucher? I don't want to buy anything else from you. I want to know my details are safe."
    -> promises

=== promises ===
# speaker: customer
"Can you get it back off him? Can you promise me he's deleted it?"
# evidence: service-recovery
* [Tell her honestly that you can't promise what he has done with it, but our Data Protection Officer will ask him in writing to delete it and confirm, and you'll ring her back by four o'clock today with what we know.]
    ~ promised = true
    # score: follow-through +2; You promised only what you control (a written request to the recipient and a call by 4pm), with a time. Honest limits keep trust; false certainty breaks it later.
    # mood: customer reassure
    # promise: callback; customer; +4h; Ring Mrs Silva back by 4pm today with an update
    # speaker: customer
    "Four o'clock. Okay. I'll keep my phone on."
    -> after_call
* [Promise her you'll make sure he deletes it and that nothing more will come of it.]
    ~ lapses = MIN(lapses + 1, 2)
    # score: follow-through -2; You can't control a stranger's inbox, so nobody can keep this promise. If anything does come of it, this is the sentence she will remember.
    # mood: customer reassure
    # speaker: customer
    "Right. I'm holding you to that."
    -> after_call
* [Tell her you'll log it for investigation and someone will be in touch within five to seven working days, as with any complaint.]
    ~ lapses = MIN(lapses + 1, 2)
    # score: follow-through -1; The standard complaint timescale is far too slow for a live risk to her home, and she leaves the call with no name and no time.
    # mood: customer dismiss
    # speaker: customer
    "A week? Someone knows when my house is empty. A week."
    -> after_call

=== after_call ===
# clock: +5m
The call ends. You check the shared partners inbox for anything from Clearline.
Unread, received 09:40 today. From: Clearline Contact Services. Subject: Data incident notification. "On Monday 10 March at 15:52 an agent sent a customer's order email to an incorrect address. The recipient replied at 16:10 to tell us. Internal review completed Wednesday. We are now notifying Northway."
# status: contactcentre breached
Clearline knew on Monday afternoon. Their contract says they must report a data incident to Northway within 24 hours of discovering it. Northway is finding out on Thursday.
# sla: ico-report; dpo; +70h; Report to the ICO without undue delay and, where feasible, within 72 hours of Northway becoming aware (09:40 today)
# evidence: escalation
* [Ring Amina Farah, the Data Protection Officer, now, with a short summary: whose data, what was in it, who received it, when, and what the customer has told you.]
    # score: escalation +2; A personal-data breach carries legal risk and a deadline, so it goes to the DPO at once with a clear summary. Prompt, factual and to the right person: escalation done well.
    # score: compliance +1; Breaches must be recorded and their risk assessed quickly. Getting the DPO in straight away protects the customer and the time allowed for reporting.
    # trust: dpo consult
    # log: dpo; phone; Reported the breach on order NH-48213 to the DPO with a summary of the facts
    -> dpo_now
* [Spend the next few hours building a complete timeline from Clearline's notice and the CRM, so the DPO gets the full picture in one go.]
    ~ dpo_delay = 1
    # score: escalation -1; Thorough, but slow. The DPO needs to know now and can gather facts alongside you; the ICO clock is running while you polish a document.
    # score: compliance -1; Waiting to escalate a breach eats into the time allowed to assess and report it.
    -> dpo_later
* [Log it as a customer complaint in the CRM, flagged 'data', so the complaints team passes it to the DPO at their daily review.]
    ~ dpo_delay = 2
    # score: escalation -2; The complaints route treats a legal incident like a routine grievance. The DPO should hear about a breach from you, directly, today.
    # score: compliance -2; A complaint record is not the breach log, and a queue can cost the time the law allows for reporting to the ICO.
    -> dpo_nextday

=== dpo_now ===
# clock: +10m
# speaker: dpo
"Thanks for ringing straight away. That's exactly what I need: what, whose, who has it, since when. Forward me Clearline's notice and the email itself and we'll work it together."
-> dpo_assess

=== dpo_later ===
# clock: +3h
By half past two you have a tidy two-page timeline. You email it to Amina Farah and she rings within a minute.
# trust: dpo consult
# log: dpo; email; Sent the breach timeline for order NH-48213 to the DPO
# speaker: dpo
"It's a good timeline. I needed it three hours ago. Next time, ring me the moment you put the phone down and we build the timeline together."
-> dpo_assess

=== dpo_nextday ===
# clock: +1d
# scene: office
Friday 14 March, 09:50. Amina Farah comes to your desk holding a printout of the complaints team's daily review.
# status: dpo at-risk
# log: dpo; in-person; DPO picked up the breach on order NH-48213 from the complaints review, a day after it was reported
# speaker: dpo
"This reached me through the complaints queue. A data breach, logged yesterday morning. Why am I reading about it a day later?"
# speaker: dpo
"We have until 09:40 on Sunday to report it where feasible, and we've lost a day of that. Did anyone ring Mrs Silva back?"
-> dpo_assess

=== dpo_assess ===
# speaker: dpo
"Here's how this goes. Every breach goes in our internal breach log, whatever happens next. Then I assess the risk to her. If it's unlikely to result in a risk to her rights and freedoms, we record it and that's that. If not, it goes to the ICO without undue delay and, where feasible, within 72 hours of us becoming aware."
# speaker: dpo
"You've spoken to her. What's your read?"
# evidence: legislation
* [It should be reported: her address plus the hours the house is empty is a real risk to her safety and her home. It's your assessment, but that's what I'd bring to it.]
    # score: compliance +2; Right: an address together with the hours nobody is home is a real risk to her, so this meets the test for reporting to the ICO. And you left the assessment with the DPO, whose job it is.
    # trust: dpo support
    # speaker: dpo
    "Agreed. It goes in the log now and I'll start the ICO report this afternoon. I'll also write to Mr Silvano today asking him to delete it and confirm."
    -> dpo_plan
* [It went to one person, who has been honest and told her. It seems unlikely to cause harm, so record it internally and leave it there.]
    ~ lapses = MIN(lapses + 1, 2)
    # score: compliance -2; One honest recipient lowers the risk but doesn't remove it: the email now sits in two inboxes and says when a named address is empty. The test is the risk to her, and here it is real.
    # speaker: dpo
    "I can see why you'd think that, and his honesty counts for something. But the content is the problem, not only the recipient. An address and the hours it's empty, with a baby due? That's a risk to her. I'm reporting it."
    -> dpo_plan
* [Wait for Clearline's full investigation report, so we report to the ICO once, with everything.]
    ~ lapses = MIN(lapses + 1, 2)
    # score: compliance -1; Waiting for a complete picture risks missing the window. Our practice is to report what we know in time and add detail as it comes in.
    # speaker: dpo
    "No. Clearline have already sat on this for three days. I'll report what we know and update the ICO when their report arrives."
    -> dpo_plan

=== dpo_plan ===
# speaker: dpo
"Two jobs for you. Mrs Silva: keep her informed and tell me what she needs. And Clearline: they process her data for us, so they have to tell us without undue delay, and the contract puts a 24-hour limit on it. They took three days. Find out why, get it fixed, and copy me on whatever you agree."
# agree: dpo; written; DPO records the breach, reports to the ICO and writes to the recipient; the coordinator keeps Mrs Silva informed and takes up the late notice with Clearline
# trust: dpo agree-written
# log: dpo; system; Breach recorded in the internal breach log, reference BR-014
She confirms the split of tasks by email a few minutes later, with the breach log reference BR-014.
-> records

=== records ===
# clock: +10m
Rashid Malik, Clearline's account manager, is at the top of your contacts.
# evidence: partnership-challenge
* [Check our own side first: what the contract says about where incident notices go, and how a delivery note ended up in a customer email at all.]
    ~ check = 0
    # score: investigation +2; Checking internal records before calling the partner turned up two causes that are ours, not theirs. Investigating before blaming makes for an honest conversation.
    Contract, data processing schedule, clause 7.2: incident notices go to partners@northwayhome.co.uk. That shared inbox isn't watched by the DPO team. The contact was never updated when the DPO's incident address was set up last year.
    Email template "Order summary (resend)": pulls the delivery note field in automatically. Agents can't see or edit it before sending. The template belongs to Northway and was built by our IT team.
    -> brightline_call
* [Ring Rashid straight away and ask why Clearline took three days; the mistake was clearly their agent's.]
    ~ check = 1
    ~ lapses = MIN(lapses + 1, 2)
    # score: investigation -2; The agent's slip was theirs, but you haven't checked whether our own process played a part. Blaming before checking puts the partner on the defensive and misses the root cause.
    # misconception: blame-before-checking
    # trust: contactcentre blame
    You dial.
    -> brightline_call
* [Wait for Clearline's written incident report: the contract gives them five working days, and they know their own systems best.]
    ~ check = 2
    ~ lapses = MIN(lapses + 1, 2)
    # score: investigation -1; Waiting leaves the cause unknown and the same fault live in their system. A partner's performance needs active management, not an assumption that it runs itself.
    # score: partner-communication -1; No contact means no two-way conversation, and the DPO asked you to take this up today.
    # misconception: self-managing-partnership
    Before long your phone rings. Amina Farah has emailed Rashid Malik, and he is calling you.
    -> brightline_call

=== brightline_call ===
{check == 1: -> khan_defensive}
# scene: office
# clock: +20m
# log: contactcentre; phone; Call with Rashid Malik about the misdirected email on order NH-48213 and the late incident notice
# speaker: contactcentre
"Rashid Malik. I've seen the notice go through, and I'm sorry, genuinely. Before you say anything, can I explain what happened our end?"
-> hear_khan

=== khan_defensive ===
# scene: office
# clock: +20m
# log: contactcentre; phone; Call with Rashid Malik about the misdirected email on order NH-48213 and the late incident notice
# speaker: contactcentre
"Hang on. We did tell you: 09:40 {dpo_delay == 2:yesterday|this} morning, to the address in your own contract. But yes, three days is on us, and I'm not going to argue that. Can I at least explain what happened our end?"
-> hear_khan

=== hear_khan ===
# evidence: communication-techniques
* [Yes, please. You want to understand it, and you'll share what you've found on Northway's side too.]
    # score: partner-communication +2; Asking for their account first and offering your own findings makes it two-way. You learn the cause, and he is more open about the late notice.
    # trust: contactcentre consult
    -> khan_explains
* [Hear him out, but first put on record that the contract requires notice within 24 hours and they took three days.]
    ~ lapses = MIN(lapses + 1, 2)
    # score: partner-communication -1; The contract point is right and must be raised, but leading with it puts him on the defensive before you have his account. Listen first, then hold them to the standard.
    # trust: contactcentre pressure
    -> khan_explains
* [Tell him you don't need the detail, just his assurance it's sorted, because you have a customer to call back.]
    ~ lapses = MIN(lapses + 1, 2)
    # score: partner-communication -2; Skipping their account loses the root cause and tells the partner you don't want their feedback. Two-way communication is how processes get fixed.
    # trust: contactcentre ignore
    -> khan_short

=== khan_explains ===
# speaker: contactcentre
"Our agent was three weeks in. He typed 'c.silva' and the mail system auto-completed to the last address it had seen starting that way: another customer, Mr Silvano. He didn't check the address. Mr Silvano replied within twenty minutes to tell us."
# speaker: contactcentre
"The delay's on us as well, and I won't dress it up. The team leader logged it on Monday but thought a client notice needed our QA manager's sign-off, and QA was on leave until Wednesday. It shouldn't have waited for anybody."
{check == 0: -> khan_shared}
# speaker: contactcentre
"One thing you should know: we sent the notice to partners@, because that's the address in the schedule. Does that reach your DPO?"
You check. It doesn't: the partners inbox isn't watched by the DPO team, and the resend template that carried her delivery note is Northway's own.
-> agree_fix

=== khan_shared ===
You tell him what you found: the contract sends incident notices to an unwatched inbox, and Northway's resend template pulls in delivery notes that agents can't see.
# trust: contactcentre share
# speaker: contactcentre
"That's really useful. My team assumed partners@ went straight to your DPO. And that template: our agents have asked about it before. Nobody ever had an answer for them."
-> agree_fix

=== khan_short ===
# speaker: contactcentre
"Fine. Short version: a new agent, and auto-complete picked the wrong address. We'll retrain him. The rest will be in our report."
-> agree_fix

=== agree_fix ===
~ check = 0
# speaker: contactcentre
"So what would you like to happen from here?"
# evidence: documenting-agreements
* [Agree a written plan with actions on both sides: auto-complete off for customer emails, a second check on emails carrying order details, incident notices to the DPO by phone and email within 24 hours; Northway fixes the contact and the template. Note the late notice formally under the contract, and review it together in four weeks.]
    ~ fix_written = true
    # score: partner-communication +2; A joint plan with actions on both sides, written down, with a review date: that is how a formal partnership is managed after a failure.
    # score: investigation +2; You fixed root causes (auto-complete, our template, our out-of-date contact) and set a check in four weeks: plan, do, check, act.
    # trust: contactcentre agree-written
    # agree: contactcentre; written; Auto-complete off for customer emails from Monday; second check on emails with order details; incident notices to the DPO by phone and email within 24 hours; Northway updates the incident contact and removes delivery notes from the resend template; joint review on 10 April
    # log: contactcentre; email; Action plan and formal note of the late incident notice sent to Rashid Malik, copied to the DPO
    # status: contactcentre on-track
    # speaker: contactcentre
    "That's fair, both halves of it. I'll get the auto-complete change signed off today and send you our side in writing by noon tomorrow."
    -> escalate
* [Accept his apology and agree on the phone that they'll retrain the agent and report faster next time. You've always worked well together, and paperwork would sour it.]
    # score: partner-communication -2; A verbal 'we'll be more careful' with no record and no check leaves nothing to hold anyone to, and no evidence for the contract review.
    # score: investigation -1; Retraining one agent treats the symptom. The auto-complete and our template will catch the next person.
    # misconception: undocumented-agreement
    # trust: contactcentre agree-verbal
    # agree: contactcentre; verbal; Clearline to retrain the agent and report incidents faster
    # status: contactcentre at-risk
    # speaker: contactcentre
    "Appreciated. Leave it with me."
    -> escalate
* [Ask them to credit Northway a month's fees and put a £100 voucher on Mrs Silva's account from their budget; that will focus minds.]
    # score: remedy -1; Money moving between two companies doesn't make her data any safer.
    # score: investigation -2; No root cause found and nothing changed in the system. Compensation is not a substitute for fixing the process.
    # misconception: compensation-not-process
    # trust: contactcentre pressure
    # status: contactcentre at-risk
    # speaker: contactcentre
    "I'll have to take that to our commercial director. But it won't stop it happening again, will it?"
    -> escalate

=== escalate ===
# clock: +10m
Clearline's late notice breaks the data processing schedule in their contract. The contract is owned by Dan Whitfield, Head of Customer Service.
# evidence: escalation
* [Send Dan, copied to the DPO, a short summary: what happened, the late notice, what has been agreed with Clearline, and a proposal to review it at next month's contract meeting.]
    # score: escalation +2; A formal partner's breach of a data clause belongs with the contract owner, and you brought a summary and a proposal, not just a problem.
    # trust: dpo share
    # log: dpo; email; Summary and proposal on Clearline's late incident notice sent to the Head of Customer Service, copied to the DPO
    Dan replies within ten minutes: "Clear, thanks. Agree with the proposal. It's on the April agenda."
    -> callback
* [Keep it between you and Clearline. It's in hand, and there's no need to drag senior people into it.]
    ~ lapses = MIN(lapses + 1, 2)
    # score: escalation -2; A partner breaching a data clause is a legal risk and affects how the contract is managed. The contract owner needs to know, whatever you've agreed on the phone.
    You close the Clearline file.
    -> callback
* [Hand the whole thing to Dan and ask him to take over both Clearline and Mrs Silva from here.]
    ~ lapses = MIN(lapses + 1, 2)
    # score: escalation -1; Escalate the contract issue, yes, but not the parts you are empowered to handle. Passing everything up is over-escalation.
    # score: follow-through -1; Handing the customer on mid-recovery breaks the thread you are meant to hold.
    Dan replies: "Happy to pick up the contract side. Mrs Silva stays with you, though: you've got the relationship."
    -> callback

=== callback ===
# clock: +40m
# sla-met: ico-report
# status: dpo on-track
# log: dpo; email; DPO confirms the recipient has deleted the email and the ICO report is submitted
Email from Amina Farah: Mr Silvano has replied in writing. He has deleted the email and his forward of it, and kept no copy. The ICO report has been submitted and the breach log updated.
{
- promised && dpo_delay == 0: -> callback_on_time
- promised: -> callback_late
- else: -> callback_call
}

=== callback_on_time ===
# kept: callback
# mood: customer keep-promise
# log: customer; phone; Call-back to Mrs Silva with an update, as promised
You ring Mrs Silva well before four, as promised.
-> callback_call

=== callback_late ===
# log: customer; phone; Late call-back to Mrs Silva with an update
It is well past the four o'clock you promised when you finally ring Mrs Silva.
# speaker: customer
"You said four o'clock. I sat by the phone."
-> callback_call

=== callback_call ===
# speaker: customer
"Go on, then. What's happened?"
# evidence: complaint-handling
* [Tell her plainly what has been done: he has confirmed in writing that he deleted it, the breach is logged and reported to the ICO, the contact centre's email system is being changed. And you've taken the 'house empty' note off her order; the driver will ring her to arrange delivery instead.]
    # score: remedy +2; The proportionate remedy for a data breach is mostly action: containment, honesty about what was done, and practical protection for her from now on.
    # score: follow-through +1; You closed the loop on what you said you'd find out.
    # mood: customer resolve
    # log: customer; system; Delivery note removed from order NH-48213; driver to phone Mrs Silva to arrange delivery
    # speaker: customer
    "He's deleted it. Okay. And that note's gone. Honestly, that helps more than anything."
    -> sar
* [Tell her it has all been dealt with internally, and that you've added a £100 voucher to her account for the trouble.]
    ~ voucher = true
    # score: remedy -2; A voucher in place of an explanation looks like buying silence. She needs to know what was done to protect her; money is no substitute for that.
    # misconception: compensation-not-process
    # mood: customer dismiss
    # speaker: customer
    "Dealt with how? I don't want a voucher. I want to know what you've actually done."
    -> sar
* [Give her the details, and suggest she may also want to complain to Clearline directly, since it was their agent.]
    # score: ownership -2; Sending her to our contractor hands her the job of chasing it. She is Northway's customer, and Northway stays accountable for its contact centre.
    # misconception: outsourcing-responsibility
    # mood: customer blame-partner
    # speaker: customer
    "Why would I complain to a company I'd never heard of until today? I'm your customer."
    -> sar

=== sar ===
# speaker: customer
"One more thing. I want a copy of everything you hold about me. Every note, every email, the call recordings. I want to see what else has been written about my house."
# evidence: legislation
* [Tell her she's entitled to it: you'll log it as a subject access request today, there's no charge and no form to fill in, she'll have a full response within one month, and you'll confirm all that in writing.]
    ~ sar_ok = true
    # score: compliance +2; Correct: a subject access request is answered within one month, a request like this is free, and it can be made by phone. Confirming it in writing gives her a record.
    # score: follow-through +1; A clear date she can hold us to, confirmed in writing.
    # mood: customer reassure
    # promise: sar-letter; customer; +24h; Confirm Mrs Silva's subject access request and its deadline in writing
    # speaker: customer
    "Good. By {dpo_delay == 2:14|13} April, then. I'll be looking out for it."
    -> sar_handling
* [Ask her to fill in the subject access form on our website so it reaches the right team; it can't start until the form arrives.]
    # score: compliance -2; She has made the request already, on the phone. There's no need for a special form, and asking for one delays a right she has already used. Log it and confirm it instead.
    # mood: customer dismiss
    # speaker: customer
    "A form? I've just asked you. Fine. Send me the link."
    -> sar_handling
* [Explain that there's an admin charge for copies of call recordings, which you'll confirm by email before starting.]
    # score: compliance -2; A subject access request like this is free. A charge is a barrier to a legal right, and it comes from the company that has just lost her data.
    # mood: customer dismiss
    # speaker: customer
    "You want me to pay? For my own information? After you sent it to a stranger?"
    -> sar_handling
* [Tell her it's a big job with recordings held by the contact centre, so she should expect it in about 60 days.]
    # score: compliance -2; The deadline is one month. It can be extended by two further months only for complex requests, telling her within the first month and why. A routine request with a planned 60 days isn't lawful.
    # mood: customer dismiss
    # speaker: customer
    "Sixty days. Of course it is."
    -> sar_handling

=== sar_handling ===
# clock: +15m
Whatever you said on the call, Mrs Silva has made a subject access request, and it has a legal deadline. Her call recordings and the agents' notes sit in Clearline's systems.
{sar_ok: -> sar_letter}
-> sar_choice

=== sar_letter ===
# kept: sar-letter
# mood: customer keep-promise
# log: customer; email; Subject access request confirmed in writing with its one-month deadline
You email Mrs Silva confirming her request, the date received and the date she will have her response.
-> sar_choice

=== sar_choice ===
# evidence: coordinated-accountability
* [Log it with the DPO's team today with the date received, and ask Rashid at Clearline for her call recordings and agent notes by a set date, as their contract requires them to help.]
    # score: compliance +1; Logging the date received starts a tracked one-month clock, and asking the processor early means the answer won't be late because of them.
    # score: partner-communication +1; Telling the partner what you need and by when, ahead of time, is proactive communication.
    # trust: contactcentre share
    # agree: contactcentre; written; Clearline to send Mrs Silva's call recordings and agent notes to the DPO by 27 March for her subject access request
    # log: contactcentre; email; Asked Clearline for Mrs Silva's call recordings and notes by 27 March
    Rashid replies: "Understood. You'll have them by the 27th."
    -> ending
* [Ask the DPO to extend the deadline to three months now, since the recordings are held by a contractor.]
    ~ lapses = MIN(lapses + 1, 2)
    # score: compliance -2; An extension is for genuinely complex requests, not routine retrieval from our own contact centre. Planning to extend at the outset tells her she isn't a priority.
    # speaker: dpo
    "It isn't complex. It's one customer and one contractor we pay. We'll do it in the month."
    -> ending
* [Add it to the DPO team's queue; they work through requests in order.]
    ~ lapses = MIN(lapses + 1, 2)
    # score: follow-through -1; A queue with no date flagged puts the one-month deadline at risk, and nobody has asked Clearline for the recordings yet.
    # score: compliance -1; A subject access request needs its date received recorded and tracked, not just a place in a queue.
    It joins the queue behind eleven others.
    -> ending

=== ending ===
# clock: +28d
Four weeks later.
~ temp feeling = mood("customer")
{
- feeling == "lost" || feeling == "escalated" || (not sar_ok && not fix_written) || (lapses == 2 && dpo_delay == 2): -> end_failed
- sar_ok && fix_written && not voucher && dpo_delay == 0 && lapses <= 1 && feeling != "angry" && feeling != "frustrated": -> end_strong
- else: -> end_partial
}

=== end_strong ===
The cot and nursery set arrived on the 25th; the driver rang Mrs Silva the day before. She had her subject access response in good time. At the 10 April review Clearline showed no misdirected emails since auto-complete was switched off, and Northway's template no longer carries delivery notes.
# speaker: customer
"I'll be honest, I was ready to cancel everything. But you told me the truth, and you sorted it. Thank you."
# ending: strong; Safe, informed and back in control; Mrs Silva was heard, told the truth and protected in practice. The breach was logged and reported in time, the recipient confirmed deletion, her access request was handled properly, and a written plan fixed causes on both sides of the Clearline partnership, checked at a review.
-> END

=== end_partial ===
The delivery went ahead and the ICO report was made. But not everything held.
{not fix_written: In April another Clearline agent's email auto-completed to the wrong customer. Nothing written down had changed.}
{not sar_ok: Mrs Silva's access request started badly, and she wrote to say she felt she'd had to fight for her own information.}
{voucher: The voucher sits unused on her account.}
# speaker: customer
"The furniture's fine. I just don't feel the same about ordering from you."
# ending: partial; Contained, not closed; The immediate risk was handled and reported, but parts of the recovery fell short: the customer's rights, the written fix with the contact centre, or the way she was treated. The same fault could recur, and her trust is only partly rebuilt.
-> END

=== end_failed ===
Mrs Silva cancelled the order. She made a complaint to the ICO herself, attaching your emails.
{not fix_written: Three weeks later Clearline misdirected another customer's order email. No plan had been agreed in writing, so there was nothing to hold them to.}
# speaker: customer
"I asked for the truth and my own information. I got excuses."
# ending: failed; Lost customer, open risk; The customer was left frightened and fobbed off, her legal rights were mishandled, and the causes in the contact centre and in Northway's own systems were never fixed. Northway, as controller, carries the consequences whichever company pressed send.
-> END
