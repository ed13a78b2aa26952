EXTERNAL mood(who)
EXTERNAL trust(who)

# title: Data incident: the wrong inbox
# summary: A customer's address, nursery order and a note saying when her house is empty were emailed to a stranger by the outsourced contact centre. Put it right with her, the Data Protection Officer and the contact centre, then handle her subject access request.
# duration: 15-20
# difficulty: advanced
# location: office
# start: 2025-03-13 11:14
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
# character: customer; mendes-carla
# character: dpo; farah-amina
# character: contactcentre; malik-rashid
# partner: dpo
# partner: contactcentre
# tutor-outcome: Hear out a frightened customer and name the harm she fears, without minimising it or promising what nobody controls.
# tutor-outcome: Own a breach made by an outsourced contact centre: Northway controls her data, so the contact centre's mistake is Northway's to put right.
# tutor-outcome: Take a personal-data breach to the Data Protection Officer at once, and explain the UK GDPR rules: breaches logged, the ICO told within 72 hours of awareness where feasible if there is a risk, and the person told in plain language if the risk is high.
# tutor-outcome: Check Northway's own processes before judging a partner, agree a written joint fix with a review date, and send the contract issue to its owner with a proposal.
# tutor-outcome: Answer a subject access request correctly: free, no form needed, due within one month, tracked from the day it was made.
# tutor-marking: communication-techniques; Hearing Mrs Mendes out, naming what frightens her, and later telling her plainly what happened and what was done.
# tutor-marking: partnership-challenge; Clearline's three-day delay against the contract's 24 hours is raised, their account heard, and a joint fix agreed and written down.
# tutor-marking: coordinated-accountability; Clearline's agent, the auto-complete, Northway's template and its out-of-date contact all played a part. The coordinator agrees what each side fixes and keeps the customer.
# tutor-model: Hear her out, name what frightens her and say sorry. Own it as Northway's, whoever pressed send. Promise only what you control: the DPO now and a call by 4pm. Ring Amina straight away with the facts. Advise reporting to the ICO and telling Mrs Mendes plainly, because the risk to her is high. Check Northway's own side before ringing Rashid, then ask for Clearline's account and share yours. Agree in writing what each side will fix, note the late notice, and set a review. Send Daniel a short note with a proposal. Call her back in plain words with the DPO's direct line. Treat her request for her data as a subject access request: free, no form, due within a month, logged today, with Clearline asked for the recordings by a set date.
# tutor-wrong-turn: Reassuring her that stray emails are harmless. It tells her that her fear is wrong, when a stranger knows her address and when the house is empty.
# tutor-wrong-turn: Saying the contact centre is a separate company. Outsourcing the work doesn't outsource the responsibility: Northway controls her data.
# tutor-wrong-turn: Promising the stranger will delete it. Nobody at Northway controls his inbox.
# tutor-wrong-turn: Logging it as a routine complaint, or polishing a timeline first. The 72-hour clock for reporting to the ICO runs from when Northway became aware.
# tutor-wrong-turn: Deciding not to report because the recipient seems honest. The test is the risk to her, and an address with the hours it is empty is a real risk.
# tutor-wrong-turn: Asking for a form, charging a fee or quoting 60 days for her copy of her data. A request like hers is free, can be made by phone and is due within one month.

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
CRM: Mrs Carla Mendes, customer since 2021. Open order NH-53106: Alder cot bed, white, £289; Alder three-piece nursery set, £649. Delivery booked for Tuesday 25 March.
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
# ask-before: What is Mrs Mendes afraid of, and what does she need from the first thing you say?
# ask-after: How did she respond to us, and what did our words tell her about how seriously Northway takes this?
* [Reassure her that stray emails are almost always harmless, and that most people who get one just delete it straight away.]
    ~ lapses = MIN(lapses + 1, 2)
    # score: listening -2; Minimising a frightening experience to calm someone down tells them their fear is wrong. She has real grounds for worry: an address and the hours the house is empty.
    # mood: customer dismiss
    # speaker: customer
    "Harmless? He knows when my house is empty. Don't you dare tell me it's harmless."
    -> who_did_it
* [Stop her gently and take her through the security questions first, before she tells you anything more about it.]
    # score: listening -1; Security checks matter before you disclose or change anything on an account, but she is telling you what happened, not asking for data. Hear her first, then verify.
    # mood: customer dismiss
    # speaker: customer
    "Second of June, 1991. Postcode LS6 2QT. Now can I please tell you what's happened?"
    She tells it all again, more slowly and more angrily.
    -> who_did_it
* [Hear her out, then name what frightens her: a stranger knows her home and when it's empty. Say sorry for that.]
    # score: listening +2; You let her tell the whole story and named the impact (a stranger knowing when her home is empty). That is what makes someone feel heard.
    # score: ownership +1; A prompt, specific apology for her details being exposed, not a vague sorry for any inconvenience.
    # mood: customer listen
    # mood: customer apologise
    # speaker: customer
    "Thank you. I just needed someone to actually hear that."
    -> who_did_it

=== who_did_it ===
# clock: +3m
You confirm her identity and open the email history on her account.
Sent Monday 10 March, 15:52, from the Northway customer service mailbox by a Clearline agent. To: c.mendham@ (another customer's address). Intended: c.mendes@.
# speaker: customer
"Who sent it? Was it one of your people?"
# evidence: coordinated-accountability
# ask-before: A contact centre agent sent the email. What do you tell her about who is responsible?
# ask-after: To Mrs Mendes, who is Northway? What did our answer do to her trust?
* [Say it came from our customer service team, that it's Northway's responsibility, and sorry; you'll find out how.]
    # score: ownership +2; Not our fault alone, but our problem: her order and her data are with Northway, whoever pressed send. You owned it without guessing at the cause.
    # mood: customer apologise
    # speaker: customer
    "Okay. At least you're not pretending it didn't happen."
    -> promises
* [Explain it was sent by our contact centre, which is a separate company, and that you'll make sure they know about it.]
    ~ lapses = MIN(lapses + 1, 2)
    # score: ownership -2; Pointing at the contact centre passes the blame. Northway controls her data and the contact centre works for us; to her, they are Northway.
    # mood: customer blame-partner
    # misconception: outsourcing-responsibility
    # speaker: customer
    "I don't care who your contractors are. I gave my details to Northway."
    -> promises
* [Offer her a £50 voucher straight away, so that she knows from the start that Northway is taking it seriously.]
    ~ voucher = true
    # score: remedy -2; A voucher before anyone knows what happened does nothing to protect her and can feel like a payment to go away. If the breach has caused her distress, the law lets her claim compensation for it; a voucher offered now is not that.
    # mood: customer dismiss
    # misconception: compensation-not-process
    # speaker: customer
    "A voucher? I don't want to buy anything else from you. I want to know my details are safe."
    -> promises

=== promises ===
# speaker: customer
"Can you get it back off him? Can you promise me he's deleted it?"
# evidence: service-recovery
# ask-before: She asks you to promise the stranger has deleted it. What can you honestly promise her?
# ask-after: Which of our words will she remember if something does come of it?
* [Promise her that Northway will make sure he deletes it, so that nothing more comes of it and she can stop worrying.]
    ~ lapses = MIN(lapses + 1, 2)
    # score: follow-through -2; You can't control a stranger's inbox, so nobody can keep this promise. If anything does come of it, this is the sentence she will remember.
    # mood: customer reassure
    # speaker: customer
    "Right. I'm holding you to that."
    -> after_call
* [Say honestly that you can't promise what he's done, that you're taking it to the DPO now, and you'll ring her by 4pm.]
    ~ promised = true
    # score: follow-through +2; You promised only what you control: taking it to the Data Protection Officer now and a call by 4pm. What is asked of the recipient is the DPO's decision, so you didn't promise it for her. Honest limits keep trust; false certainty breaks it later.
    # mood: customer reassure
    # promise: callback; customer; by 16:00; Ring Mrs Mendes back by 4pm today with an update
    # speaker: customer
    "Four o'clock. Okay. I'll keep my phone on."
    -> after_call
* [Log it as a complaint, and tell her someone will be in touch within five working days, as with any complaint.]
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
# sla: ico-report; dpo; by 2025-03-16 09:40; Report to the ICO without undue delay and, where feasible, within 72 hours of Northway becoming aware (09:40 today)
# evidence: escalation
# ask-before: Clearline's notice has just arrived. Who needs to know, how fast, and why?
# ask-after: When did the 72-hour clock start, and how much of it did our choice use?
* [Spend the next few hours building a full timeline from Clearline's notice and the CRM: Amina will want it all at once.]
    ~ dpo_delay = 1
    # score: escalation -1; Thorough, but slow. The DPO needs to know now and can gather facts alongside you; the ICO clock is running while you polish a document.
    # score: compliance -1; Waiting to escalate a breach eats into the time allowed to assess and report it.
    -> dpo_later
* [Ring Amina Farah, the DPO, now, so she can assess it: whose data, what was in it, who has it and since when.]
    # score: escalation +2; A personal-data breach carries legal risk and a deadline, so it goes to the DPO at once with a clear summary. Prompt, factual and to the right person: escalation done well.
    # score: compliance +1; Breaches must be recorded and their risk assessed quickly. Getting the DPO in straight away protects the customer and the time allowed for reporting.
    # trust: dpo consult
    # log: dpo; phone; Reported the breach on order NH-53106 to the DPO with a summary of the facts
    -> dpo_now
* [Log it in the CRM as a complaint flagged 'data', so the complaints team passes it to the DPO at their daily review.]
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
# time: 14:30
By half past two you have a tidy two-page timeline. You email it to Amina Farah and she rings within a minute.
# trust: dpo consult
# log: dpo; email; Sent the breach timeline for order NH-53106 to the DPO
# speaker: dpo
"It's a good timeline. I needed it three hours ago. Next time, ring me the moment you put the phone down and we build the timeline together."
-> dpo_assess

=== dpo_nextday ===
# time: Friday 09:50
# scene: office
Friday 14 March, 09:50. Amina Farah comes to your desk holding a printout of the complaints team's daily review.
# status: dpo at-risk
# log: dpo; in-person; DPO picked up the breach on order NH-53106 from the complaints review, a day after it was reported
# speaker: dpo
"This reached me through the complaints queue. A data breach, logged yesterday morning. Why am I reading about it a day later?"
# speaker: dpo
"We have until 09:40 on Sunday to report it where feasible, and we've lost a day of that. Did anyone ring Mrs Mendes back?"
-> dpo_assess

=== dpo_assess ===
# speaker: dpo
"Here's how this goes. Every breach goes in our internal breach log, whatever happens next. Then I assess the risk to her. If it's unlikely to result in a risk to her rights and freedoms, we record it and that's that. If not, it goes to the ICO without undue delay and, where feasible, within 72 hours of us becoming aware."
# speaker: dpo
"You've spoken to her. What's your read, and what does she need from us?"
# evidence: legislation
# ask-before: Amina asks for your read. Does this need to go to the ICO, and does Mrs Mendes need to hear from Northway itself?
# ask-after: What are the two tests here, the risk to her for the ICO and high risk for telling her, and how did we apply them?
* [Report it to the ICO. She's already seen the email from him, so she doesn't need a separate notice from Northway.]
    ~ lapses = MIN(lapses + 1, 2)
    # score: compliance -1; Right about the ICO, but not about her. When a breach is likely to put someone at high risk, the controller must tell them itself, without undue delay and in clear and plain language. A stranger's forward tells her nothing about what Northway has done or who to contact.
    # speaker: dpo
    "The ICO, yes. But she's heard it from a stranger, not from us. When the risk to someone is this high, we have to tell her ourselves, promptly and in plain language: what happened, what it could mean, what we've done, and who to contact. That's your call with her."
    -> dpo_plan
* [It went to one honest man who told her himself. Harm looks unlikely, so record it here and don't report it.]
    ~ lapses = MIN(lapses + 1, 2)
    # score: compliance -2; One honest recipient lowers the risk but doesn't remove it: the email now sits in two inboxes and says when a named address is empty. The test is the risk to her, and here it is real.
    # speaker: dpo
    "I can see why you'd think that, and his honesty counts for something. But the content is the problem, not only the recipient. An address and the hours it's empty, with a baby due? That's a high risk to her. I'm reporting it, and she hears it from us properly, not just from him."
    -> dpo_plan
* [Report it: her address and when it's empty put her at high risk, so she should also be told by us, plainly, today.]
    # score: compliance +2; Right on both counts. An address with the hours nobody is home is a real risk, so the ICO must be told within 72 hours where feasible. And because the risk to her is high, Northway must tell her itself, without undue delay and in clear and plain language. You left the assessment with the DPO, whose job it is.
    # trust: dpo support
    # speaker: dpo
    "Agreed on both. It goes in the log now and I'll start the ICO report this afternoon. I'll also write to Mr Mendham today asking him to delete it and confirm. You're her contact, so she hears it from you first, and I'll follow up in writing."
    -> dpo_plan
* [Wait for Clearline's full investigation report, so that the ICO gets one complete report rather than a partial one.]
    ~ lapses = MIN(lapses + 1, 2)
    # score: compliance -1; Waiting for a complete picture risks missing the window. The ICO expects a report within 72 hours where feasible, even when not everything is known yet; the detail can follow.
    # speaker: dpo
    "No. Clearline have already sat on this for three days. I'll report what we know and update the ICO when their report arrives. And with a risk this high, she hears it from us, not from their paperwork."
    -> dpo_plan

=== dpo_plan ===
# speaker: dpo
"Two jobs for you. Mrs Mendes: keep her informed and tell me what she needs. And Clearline: they process her data for us, so they have to tell us without undue delay, and the contract puts a 24-hour limit on it. They took three days. Find out why, get it fixed, and copy me on whatever you agree."
# agree: dpo; written; DPO records the breach, reports to the ICO and writes to the recipient; the coordinator keeps Mrs Mendes informed and takes up the late notice with Clearline
# trust: dpo agree-written
# log: dpo; system; Breach recorded in the internal breach log, reference BR-014
She confirms the split of tasks by email a few minutes later, with the breach log reference BR-014.
-> records

=== records ===
# clock: +10m
Rashid Malik, Clearline's account manager, is at the top of your contacts.
# evidence: partnership-challenge
# ask-before: Before you talk to Clearline, what would you want to know, and where would you find it?
# ask-after: What did we find, or miss, on Northway's own side, and how did that shape the call with Rashid?
* [Hold off calling Rashid until you've checked our side, so that you know where notices go and how her note got out.]
    ~ check = 0
    # score: investigation +2; Checking internal records before calling the partner turned up two causes that are ours, not theirs. Investigating before blaming makes for an honest conversation.
    Contract, data processing schedule (the UK GDPR Art. 28 terms), clause 7.2: incident notices go to partners@northwayhome.co.uk. That shared inbox isn't watched by the DPO team. The contact was never updated when the DPO's incident address was set up last year.
    Email template "Order summary (resend)": pulls the delivery note field in automatically. Agents can't see or edit it before sending. The template belongs to Northway and was built by our IT team.
    -> clearline_call
* [Ring Rashid now and ask why Clearline took three days; the mistake was plainly their agent's, so that's where to start.]
    ~ check = 1
    ~ lapses = MIN(lapses + 1, 2)
    # score: investigation -2; The agent's slip was theirs, but you haven't checked whether our own process played a part. Blaming before checking puts the partner on the defensive and misses the root cause.
    # misconception: blame-before-checking
    # trust: contactcentre blame
    You dial.
    -> clearline_call
* [Wait for Clearline's written incident report: they know their own systems best and will have the full picture.]
    ~ check = 2
    ~ lapses = MIN(lapses + 1, 2)
    # score: investigation -1; Waiting leaves the cause unknown and the same fault live in their system. A partner's performance needs active management, not an assumption that it runs itself.
    # score: partner-communication -1; No contact means no two-way conversation, and the DPO asked you to take this up today.
    # misconception: self-managing-partnership
    Before long your phone rings. Amina Farah has emailed Rashid Malik, and he is calling you.
    -> clearline_call

=== clearline_call ===
{check == 1: -> malik_defensive}
# scene: office
# clock: +20m
# log: contactcentre; phone; Call with Rashid Malik about the misdirected email on order NH-53106 and the late incident notice
# speaker: contactcentre
"Rashid Malik. I've seen the notice go through, and I'm sorry, genuinely. Before you say anything, can I explain what happened our end?"
-> hear_malik

=== malik_defensive ===
# scene: office
# clock: +20m
# log: contactcentre; phone; Call with Rashid Malik about the misdirected email on order NH-53106 and the late incident notice
# speaker: contactcentre
"Hang on. We did tell you: 09:40 {dpo_delay == 2:yesterday|this} morning, to the address in your own contract. But yes, three days is on us, and I'm not going to argue that. Can I at least explain what happened our end?"
-> hear_malik

=== hear_malik ===
# evidence: communication-techniques
# ask-before: Rashid offers to explain what went wrong at Clearline. How do you want this conversation to go?
# ask-after: What did we learn from Rashid, and how open was he with us afterwards?
* [Hear him out, but first put it on record that the contract says 24 hours and Clearline took three days.]
    ~ lapses = MIN(lapses + 1, 2)
    # score: partner-communication -1; The contract point is right and must be raised, but leading with it puts him on the defensive before you have his account. Listen first, then hold them to the standard.
    # trust: contactcentre pressure
    -> malik_explains
* [Yes, please: you want to understand their side, and you'll share what you've found on Northway's as well.]
    # score: partner-communication +2; Asking for their account first and offering your own findings makes it two-way. You learn the cause, and he is more open about the late notice.
    # trust: contactcentre consult
    -> malik_explains
* [Say you don't need the detail, just his word that it's sorted, as you have a customer to call back.]
    ~ lapses = MIN(lapses + 1, 2)
    # score: partner-communication -2; Skipping their account loses the root cause and tells the partner you don't want their feedback. Two-way communication is how processes get fixed.
    # trust: contactcentre ignore
    -> malik_short

=== malik_explains ===
# speaker: contactcentre
"Our agent was three weeks in. He typed 'c.mend' and the mail system auto-completed to the last address it had seen starting that way: another customer, Mr Mendham. He didn't check the address. Mr Mendham replied within twenty minutes to tell us."
# speaker: contactcentre
"The delay's on us as well, and I won't dress it up. The team leader logged it on Monday but thought a client notice needed our QA manager's sign-off, and QA was on leave until Wednesday. It shouldn't have waited for anybody."
{check == 0: -> malik_shared}
# speaker: contactcentre
"One thing you should know: we sent the notice to partners@, because that's the address in the schedule. Does that reach your DPO?"
You check. It doesn't: the partners inbox isn't watched by the DPO team, and the resend template that carried her delivery note is Northway's own.
-> agree_fix

=== malik_shared ===
You tell him what you found: the contract sends incident notices to an unwatched inbox, and Northway's resend template pulls in delivery notes that agents can't see.
# trust: contactcentre share
# speaker: contactcentre
"That's really useful. My team assumed partners@ went straight to your DPO. And that template: our agents have asked about it before. Nobody ever had an answer for them."
-> agree_fix

=== malik_short ===
# speaker: contactcentre
"Fine. Short version: a new agent, and auto-complete picked the wrong address. We'll retrain him. The rest will be in our report."
-> agree_fix

=== agree_fix ===
~ check = 0
# speaker: contactcentre
"So what would you like to happen from here?"
# evidence: documenting-agreements
# ask-before: Rashid asks what you would like to happen. What should a good outcome with a contracted partner include?
# ask-after: If the same thing happens next month, what will anyone be able to point to?
* [Accept his apology, and agree by phone that they'll retrain the agent and report faster: you work well together.]
    # score: partner-communication -2; A verbal 'we'll be more careful' with no record and no check leaves nothing to hold anyone to, and no evidence for the contract review.
    # score: investigation -1; Retraining one agent treats the symptom. The auto-complete and our template will catch the next person.
    # misconception: undocumented-agreement
    # trust: contactcentre agree-verbal
    # agree: contactcentre; verbal; Clearline to retrain the agent and report incidents faster
    # status: contactcentre at-risk
    # speaker: contactcentre
    "Appreciated. Leave it with me."
    -> escalate
* [Say Northway will claim service credits, and ask Clearline to fund a £100 voucher for Mrs Mendes to focus minds.]
    # score: remedy -1; Money moving between two companies doesn't make her data any safer, and if she claims compensation for distress, Northway as controller answers her, not Clearline's budget.
    # score: investigation -2; No root cause found and nothing changed in the system. Compensation is not a substitute for fixing the process.
    # misconception: compensation-not-process
    # trust: contactcentre pressure
    # status: contactcentre at-risk
    # speaker: contactcentre
    "I'll have to take that to our commercial director. But it won't stop it happening again, will it?"
    -> escalate
* [Agree in writing what Clearline and Northway will each fix, note the late notice formally, and review it next month.]
    ~ fix_written = true
    # score: partner-communication +2; A joint plan with actions on both sides, written down, with the late notice formally noted and a review date: that is how a formal partnership is managed after a failure.
    # score: investigation +2; You fixed root causes (auto-complete, our template, our out-of-date contact) and set a check at the next monthly review: plan, do, check, act.
    # trust: contactcentre agree-written
    # agree: contactcentre; written; Auto-complete off for customer emails from Monday; second check on emails with order details; incident notices to the DPO by phone and email within 24 hours; Northway updates the incident contact and removes delivery notes from the resend template; reviewed at the monthly service review on 10 April
    # log: contactcentre; email; Action plan and formal note of the late incident notice sent to Rashid Malik, copied to the DPO
    # status: contactcentre on-track
    # speaker: contactcentre
    "That's fair, both halves of it. I'll get the auto-complete change signed off today and send you our side in writing by noon tomorrow."
    -> escalate

=== escalate ===
# clock: +10m
The Clearline contract is held by Daniel Adeyemi, Head of Customer Service.
# evidence: escalation
# ask-before: The Clearline contract is held by Daniel Adeyemi. What, if anything, goes to him, and what do you keep?
# ask-after: What does a useful escalation contain, and what happens to the customer if everything goes up?
* [Send Daniel a note about it, copied to Amina: what happened, the late notice, what Clearline agreed, and a proposal.]
    # score: escalation +2; A formal partner's breach of a data clause belongs with the contract owner, and you brought a summary and a proposal, not just a problem.
    # trust: dpo share
    # log: dpo; email; Summary and proposal on Clearline's late incident notice sent to the Head of Customer Service, copied to the DPO
    Daniel replies within ten minutes: "Clear, thanks. Agree with the proposal. It's on the agenda for April's service review."
    -> callback
* [Keep it between you and Clearline for now: it's in hand, and there's no need to pull senior managers into it just yet.]
    ~ lapses = MIN(lapses + 1, 2)
    # score: escalation -2; A partner breaching a data clause is a legal risk and affects how the contract is managed. The contract owner needs to know, whatever you've agreed on the phone.
    You close the Clearline file.
    -> callback
* [Hand the whole case over to Daniel, and ask him to take over both Clearline and Mrs Mendes from here on.]
    ~ lapses = MIN(lapses + 1, 2)
    # score: escalation -1; Escalate the contract issue, yes, but not the parts you are empowered to handle. Passing everything up is over-escalation.
    # score: follow-through -1; Handing the customer on mid-recovery breaks the thread you are meant to hold.
    Daniel replies: "Happy to pick up the contract side. Mrs Mendes stays with you, though: you've got the relationship."
    -> callback

=== callback ===
# clock: +40m
# sla-met: ico-report
# status: dpo on-track
# log: dpo; email; DPO confirms the recipient has deleted the email and the ICO report is submitted
Email from Amina Farah: Mr Mendham has replied in writing. He has deleted the email and his forward of it, and kept no copy. The ICO report has been submitted and the breach log updated. The "house empty" note is off the order, and the driver will phone Mrs Mendes to arrange delivery instead.
# log: customer; system; Delivery note removed from order NH-53106; driver to phone Mrs Mendes to arrange delivery
{
- promised && dpo_delay == 0: -> callback_on_time
- promised: -> callback_late
- else: -> callback_call
}

=== callback_on_time ===
# kept: callback
# mood: customer keep-promise
# log: customer; phone; Call-back to Mrs Mendes with an update, as promised
You ring Mrs Mendes well before four, as promised.
-> callback_call

=== callback_late ===
# log: customer; phone; Late call-back to Mrs Mendes with an update
It is well past the four o'clock you promised when you finally ring Mrs Mendes.
# speaker: customer
"You said four o'clock. I sat by the phone."
-> callback_call

=== callback_call ===
# speaker: customer
"Go on, then. What's happened?"
# evidence: complaint-handling
# ask-before: She asks what has happened. How do you tell her, and what must she come away knowing?
# ask-after: Was what we told her clear and plain? What does she know now about her options, including a claim for distress?
* [Read her Amina's formal breach notice word for word, so that nothing you tell her about the law can come out wrong.]
    ~ lapses = MIN(lapses + 1, 2)
    # score: compliance -1; When the risk to her is high, she must be told in clear and plain language. Articles and legal phrases read aloud protect the wording, not her.
    # score: listening -1; She asked what has happened. A script read at her, however accurate, doesn't answer the fear she told you about.
    # mood: customer dismiss
    # speaker: customer
    "I'm sorry, I didn't follow half of that. Is my house safe or not?"
    You start again in plain words.
    -> sar
* [Tell her plainly what happened and what has been done, and give her Amina's direct line, including for any claim for distress.]
    # score: remedy +2; The proportionate remedy for a data breach is mostly action: containment, honesty about what was done, and practical protection for her from now on.
    # score: compliance +1; Clear and plain language, as the law expects when someone is at high risk, and the DPO's contact details. You were also honest that she may claim compensation for distress, and pointed her to the right person without promising an outcome.
    # score: follow-through +1; You closed the loop on what you said you'd find out.
    # mood: customer resolve
    # speaker: customer
    "He's deleted it. Okay. And that note's gone. Honestly, that helps more than anything."
    -> sar
* [Give her the full details, and suggest she also complains to Clearline directly, since it was one of their agents who sent it.]
    ~ lapses = MIN(lapses + 1, 2)
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
# ask-before: She wants a copy of everything Northway holds about her. What is she asking for, and what are the rules?
# ask-after: Is her request free, does she need a form, and when is it due? Did our answer match the law?
* [Ask her to fill in the access form on our website, which goes to the data team; the clock starts once the form arrives.]
    # score: compliance -2; She has made the request already, on the phone. There's no need for a special form, and asking for one delays a right she has already used. Log it and confirm it instead.
    # mood: customer dismiss
    # speaker: customer
    "A form? I've just asked you. Fine. Send me the link."
    -> sar_handling
* [Explain that there's an admin charge for copying call recordings, which you'll confirm to her by email first.]
    # score: compliance -2; A subject access request like this is free. A charge is a barrier to a legal right, and it comes from the company that has just lost her data.
    # mood: customer dismiss
    # speaker: customer
    "You want me to pay? For my own information? After you sent it to a stranger?"
    -> sar_handling
* [Tell her it's a big job, with recordings held by the contact centre, so she should expect it in about 60 days.]
    # score: compliance -2; The deadline is one month. It can be extended by two further months only where needed because a request is complex or she has made a number of requests, and she must be told within the first month, with the reasons. Planning 60 days for one routine request isn't lawful.
    # mood: customer dismiss
    # speaker: customer
    "Sixty days. Of course it is."
    -> sar_handling
* [Say she's entitled to it: it's free, no form is needed, it's due within a month, and you'll confirm that in writing.]
    ~ sar_ok = true
    # score: compliance +2; Correct: a subject access request is answered within one month, a request like this is free, and it can be made by phone. Confirming it in writing gives her a record.
    # score: follow-through +1; A clear date she can hold us to, confirmed in writing.
    # mood: customer reassure
    # promise: sar-letter; customer; +24h; Confirm Mrs Mendes's subject access request and its deadline in writing
    # speaker: customer
    "Good. By {dpo_delay == 2:14|13} April, then. I'll be looking out for it."
    -> sar_handling

=== sar_handling ===
# clock: +15m
Mrs Mendes's call recordings and the agents' notes sit in Clearline's systems.
{sar_ok: -> sar_letter}
-> sar_choice

=== sar_letter ===
# kept: sar-letter
# mood: customer keep-promise
# log: customer; email; Subject access request confirmed in writing with its one-month deadline
You email Mrs Mendes confirming her request, the date received and the date she will have her response.
-> sar_choice

=== sar_choice ===
# evidence: coordinated-accountability
# ask-before: Some of what she asked for is held by Clearline. How do you make sure her request is answered on time?
# ask-after: When can the deadline be extended, and what does the processor owe Northway in helping with requests like hers?
* [Ask Amina to extend the deadline by two months now, since the recordings are held by an outside contractor that we use.]
    ~ lapses = MIN(lapses + 1, 2)
    # score: compliance -2; The law allows two more months only where needed because a request is complex or there are a number of requests from her, and she must be told within the first month, with the reasons. One routine request from our own contractor is neither.
    # speaker: dpo
    "It isn't complex, and it's her only request: one customer, one contractor we pay. If we ever did need longer, we'd have to tell her within the month and say why. We'll do it in the month."
    -> ending
* [Add it to the DPO team's queue with the others; they work through access requests in the order they arrive.]
    ~ lapses = MIN(lapses + 1, 2)
    # score: follow-through -1; A queue with no date flagged puts the one-month deadline at risk, and nobody has asked Clearline for the recordings yet.
    # score: compliance -1; A subject access request needs its date received recorded and tracked, not just a place in a queue.
    It joins the queue behind eleven others.
    -> ending
* [Log it with the DPO's team, dated today, and ask Rashid for her recordings and notes by a set date so it's on time.]
    # score: compliance +1; Logging the date received starts a tracked one-month clock, and asking the processor early means the answer won't be late because of them. Helping with requests like this is part of the Art. 28 terms in their contract.
    # score: partner-communication +1; Telling the partner what you need and by when, ahead of time, is proactive communication.
    # trust: contactcentre share
    # agree: contactcentre; written; Clearline to send Mrs Mendes's call recordings and agent notes to the DPO by 27 March for her subject access request
    # log: contactcentre; email; Asked Clearline for Mrs Mendes's call recordings and notes by 27 March
    Rashid replies: "Understood. You'll have them by the 27th."
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
The cot and nursery set arrived on the 25th. Mrs Mendes had her subject access response in good time. At the 10 April service review Clearline showed no misdirected emails since auto-complete was switched off, and Northway's template no longer carries delivery notes.
# speaker: customer
"I'll be honest, I was ready to cancel everything. But you told me the truth, and you sorted it. Thank you."
# ending: strong; Safe, informed and back in control; Mrs Mendes was heard, told the truth and protected in practice. The breach was logged and reported in time, the recipient confirmed deletion, her access request was handled properly, and a written plan fixed causes on both sides of the Clearline partnership, checked at a review.
-> END

=== end_partial ===
The delivery went ahead and the ICO report was made. But not everything held.
{not fix_written: In April another Clearline agent's email auto-completed to the wrong customer. Nothing written down had changed.}
{not sar_ok: Mrs Mendes's access request started badly, and she wrote to say she felt she'd had to fight for her own information.}
{voucher: The voucher sits unused on her account.}
# speaker: customer
"The furniture's fine. I just don't feel the same about ordering from you."
# ending: partial; Contained, not closed; The immediate risk was handled and reported, but parts of the recovery fell short: the customer's rights, the written fix with the contact centre, or the way she was treated. The same fault could recur, and her trust is only partly rebuilt.
-> END

=== end_failed ===
Mrs Mendes cancelled the order. She made a complaint to the ICO herself, attaching your emails.
{not fix_written: Three weeks later Clearline misdirected another customer's order email. No plan had been agreed in writing, so there was nothing to hold them to.}
# speaker: customer
"I asked for the truth and my own information. I got excuses."
# ending: failed; Lost customer, open risk; The customer was left frightened and fobbed off, her legal rights were mishandled, and the causes in the contact centre and in Northway's own systems were never fixed. Northway, as controller, carries the consequences whichever company pressed send.
-> END
