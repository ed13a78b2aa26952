// Contact centre SLA breach: read the data, recover the customer, give and take feedback,
// map the chain the failure ran through, agree a PDCA improvement plan in writing, judge the
// escalation, follow up at the review.

// Customer recovery points (roughly -3..5) and the state of the process fix.
VAR cust = 0
// 0 no promise, 1 promised a call with the window, 2 promised "first thing" (an over-promise)
VAR promise_state = 0
VAR overpromise_fixed = false
VAR traced = false
VAR notice_sent = false
// 1 rang Rashid today, 2 waited for the monthly review, 3 asked for a recovery plan
VAR approach = 0
// 0 dismissed the partner's feedback, 1 accepted but promised a fix unchecked, 2 accepted and verified
VAR cause = 0
VAR verbal_fix_promise = false
// 0 more advisers, 1 all changes at once with no check, 2 PDCA trial
VAR plan = 0
VAR written = false
VAR morning_lost = false
// Ending points, added as the story goes (escalation and follow-up) and at the end.
VAR pts = 0

# title: Contact centre SLA: the calls nobody answered
# summary: Northway's outsourced contact centre is missing its answer-time SLA and a customer has been cut off twice. Read the figures, win the customer back, trace the chain the failure ran through, and work with the centre on a fix both sides own.
# duration: 15-20
# difficulty: intermediate
# location: office
# start: 2025-11-03 09:30
# syllabus: sla-kpi
# syllabus: partner-feedback-process
# syllabus: pdca
# syllabus: proactive-communication
# syllabus: partnership-challenge
# syllabus: communication-techniques
# syllabus: documenting-agreements
# syllabus: escalation
# syllabus: coordinated-accountability
# syllabus: service-recovery
# syllabus: complaint-handling
# syllabus: legislation
# syllabus: crm
# syllabus: map-service-chain
# syllabus: partnership-delivery
# syllabus: relationship-building
# character: customer; lowe-peter
# character: clearline; malik-rashid
# character: warehouse; marsh-dean
# character: head; adeyemi-daniel
# partner: clearline
# partner: warehouse
# tutor-outcome: Own an outsourced partner's failure with the customer: whoever answers Northway's phones, his experience is Northway's to put right.
# tutor-outcome: Read SLA and KPI figures for the trend and the call reasons, not one bad day or one story, before judging a partner.
# tutor-outcome: Give a partner specific feedback, ask for their view, and check what they say with the internal department that owns the process.
# tutor-outcome: Map how a failure travelled through the chain, and send the partner's feedback back to the link that causes it.
# tutor-outcome: Run a joint improvement as a plan-do-check-act trial with owners, dates and measures, written down and confirmed, and brief the contract owner with a proportionate proposal.
# tutor-marking: map-service-chain; Placing Mr Lowe's case on the chain map: it started in the tracking, reached Clearline's line, and was finally caught by Customer Service.
# tutor-marking: partner-feedback-process; Clearline's point about the late tracking and the transfers to a closed line becomes a change in Warehouse & Dispatch and in the call script.
# tutor-marking: partnership-challenge; Four weeks under the answer-time SLA, with causes on both sides, taken to a joint plan rather than a blame notice.
# tutor-marking: partnership-delivery; Monitoring the partner's performance against the SLA and agreed measures through the trial.
# tutor-marking: coordinated-accountability; Clearline, Warehouse & Dispatch and Customer Service each change what they own. Mr Lowe stays with one named person.
# tutor-marking: communication-techniques; Hearing Mr Lowe out and saying back what the dropped calls cost a night worker.
# tutor-model: Hear Mr Lowe out, say back what it cost him and apologise for Northway's own line. Tell him the table is booked for tomorrow and that you'll ring by 4pm with the window, with a modest goodwill credit. Ask Clearline for his call records through the secure portal, quoting only the case and dates. Read the dashboard as a six-week trend. Share the figures with Rashid now and ask to go through them together. Ring Mr Lowe as soon as he's up. In the meeting, give specific feedback, then ask what Clearline sees. Check the tracking point with Dean before deciding anything, and ask him what changed and what a fix would take. Ring Mr Lowe before closing his case. Put his case on the chain map, with the contact reasons going back to Warehouse & Dispatch every week. Run the fix as a four-week PDCA trial, and write an action note confirmed by Rashid and Dean. Brief Daniel on one page with a proportionate proposal. At the review, make the changes standard and keep the trend on the agenda, or go round the cycle again.
# tutor-wrong-turn: Telling the customer the phone line is run by an outsourced centre. Outsourcing the work doesn't outsource the responsibility.
# tutor-wrong-turn: Promising first thing tomorrow before the courier has set the window. A broken promise after a recovery hurts more than the first failure.
# tutor-wrong-turn: Forwarding his complaint email to the partner's ordinary inbox. Share only what the task needs, through the agreed secure route.
# tutor-wrong-turn: Seizing on the worst day, or sending a formal breach notice at once. The figures show a six-week slide with a cause on Northway's side.
# tutor-wrong-turn: Holding Clearline to the SLA whatever the mix of calls. Extra advisers can't answer calls the tracking makes unanswerable.
# tutor-wrong-turn: Agreeing the plan by phone, or switching everything on with no check. Nobody can then say what worked, or hold anyone to it.

-> opening

=== opening ===
# scene: office
# status: clearline at-risk
# sla: answer-60s; clearline; +6h; 80% of calls answered within 60 seconds, measured weekly
Monday 3 November, 09:30. A complaint has been passed to you from the website form.
CRM, case C-22931. Mr Peter Lowe, customer since 2019, six orders, no previous complaints. Order NH-40417: Hartley oak extending dining table and four chairs, £1,146, ordered 24 October. Confirmation email: "Delivery in the week of 3 November. We'll text you a two-hour slot."
His message, sent Saturday 22:14: "I have rung your customer line three times. Twice I waited over ten minutes, was put through to 'dispatch' and the line went dead. The third time I gave up. I work nights at the infirmary, so every one of those calls came out of the hours I should have been asleep. Is this table even coming?"
Clearline's contact notes for his number: two calls logged, both "transferred to dispatch". No outcome recorded.
You ring him.
# clock: +5m
# speaker: customer
# mood: customer fail
"Oh. A real person. Well, I'll believe it when I see it. Have you any idea how much of your hold music I've listened to this week?"
# evidence: communication-techniques
# evidence: service-recovery
# ask-before: Mr Lowe has been cut off twice and works nights. What does he need from you first?
# ask-after: Who did our reply make responsible for his lost hour, Northway or someone else?
* [Apologise, and explain that the phone line is run by an outsourced contact centre that's struggling at the moment.]
    # score: ownership -2; Naming the outsourced centre passes the blame down the chain in front of the customer. He chose Northway; who answers our phones is our business, and putting it right is our job.
    # mood: customer blame-partner
    # misconception: outsourcing-responsibility
    ~ cust -= 1
    # speaker: customer
    "So it's somebody else's fault. That's what the second person said about dispatch. I don't much care whose fault it is. I care where my table is."
    -> check_order
* [Take his order number and go straight to the tracking, so he gets an answer before anything else goes wrong.]
    # score: listening -1; Speed matters, but jumping to the fix before he has finished leaves the impact unacknowledged. He has been cut off twice already; being cut short again stings.
    # mood: customer dismiss
    # speaker: customer
    "NH-40417. And yes, I want an answer. I'd also like somebody to notice I've lost the best part of an hour's sleep to this."
    -> check_order
* [Hear him out, then say back what it has cost him, and apologise that our own phone line let him down like that.]
    # score: listening +2; Hearing the whole story and saying back the impact (an hour lost from the little sleep a night worker gets, two dropped calls, no answer) shows he has been heard before you start fixing anything.
    # score: ownership +1; The apology is specific and owned: our line, not the call centre. Clearline answers the phone for Northway, so its failures are ours to put right.
    # mood: customer listen
    # mood: customer apologise
    ~ cust += 1
    # speaker: customer
    "Thank you. It's the being cut off that got me. Twice, right when I thought I was getting somewhere. I'm on nights all this week. Every call was an hour I should've been asleep, and I still don't know when to be in."
    -> check_order
* [Offer him a £25 goodwill credit for his lost time straight away, so he knows we're taking it seriously.]
    # score: remedy -2; A credit before you know where the table is answers the wrong question. Compensation is no substitute for putting the actual problem right, and offered first it can sound like a way of closing the call.
    # misconception: compensation-not-process
    ~ cust -= 1
    # speaker: customer
    "That's kind, but I don't want a credit. I want to know when I need to be awake and in for a table."
    -> check_order

=== check_order ===
# clock: +5m
You open the warehouse system while he waits.
Warehouse system, NH-40417: picked 30 October. Loaded 31 October, 19:40. Delivery booked with the courier for Tuesday 4 November; the courier confirms two-hour windows by early afternoon the day before. Customer notification: "queued for overnight batch".
Customer-facing tracking, the page Mr Lowe and Clearline's advisers see: "Awaiting dispatch. Last updated 29 October."
# evidence: service-recovery
# evidence: coordinated-accountability
# ask-before: The table has left the warehouse, but the window isn't set until this afternoon. What can you promise him?
# ask-after: What did we promise, who controls it, and is anything proportionate on offer for his lost time?
* [Tell him it's booked for tomorrow and the courier's text will give him the window, and add a £50 voucher for the trouble.]
    # score: remedy -1; The voucher is generous, but it is doing the work a reliable process should do. And the window text comes from the same overnight batch that left his tracking days out of date.
    # score: follow-through -1; You hand the last step of his recovery to the system that has already let him down, with nobody checking it reaches him.
    # misconception: compensation-not-process
    # mood: customer reassure
    # log: customer; phone; Delivery booked for Tue 4 Nov; window by courier text; £50 voucher issued
    # speaker: customer
    "Fifty pounds. Right. Thank you, I suppose. I'll wait for this text, then."
    -> trace_calls
* [Tell him it's booked for tomorrow, that you'll ring by 4pm once the courier sets the window, and add a £20 goodwill credit.]
    # score: remedy +2; The real remedy is certainty about the delivery. A modest, recorded gesture for his lost time sits alongside it, proportionate to an hour wasted and two dropped calls.
    # score: follow-through +2; You promise only what you can keep: a call by a set time once the courier has confirmed, rather than guessing the window now.
    # promise: window-call; customer; by 16:00; Ring Mr Lowe by 16:00 with the courier's two-hour window
    # mood: customer reassure
    # log: customer; phone; Confirmed delivery booked for Tue 4 Nov; call back by 16:00 with the window; £20 goodwill credit noted on case C-22931
    ~ cust += 2
    ~ promise_state = 1
    # speaker: customer
    "Tomorrow? Well. That's a relief. Four o'clock's fine, I'm up by three. I'll keep the phone by me, not that I haven't heard that before."
    -> trace_calls
* [Tell him it's booked for tomorrow morning, first thing, so he can plan his sleep around it after his night shift.]
    # score: follow-through -2; The window isn't set until the courier confirms it this afternoon. Promising 'first thing' to reassure him risks a second failure, and a broken promise after a recovery hurts far more than the first failure.
    # mood: customer reassure
    # log: customer; phone; Told customer delivery Tue 4 Nov, first thing
    # promise: first-thing; customer; by tomorrow 09:00; Table delivered first thing tomorrow morning
    ~ promise_state = 2
    # speaker: customer
    "First thing. Right. I'll stay up after my shift, then, instead of going to bed. Thank you."
    -> trace_calls
* [Read him what the system shows: booked for tomorrow, the courier will text, and he can ring the line if anything at all changes.]
    # score: ownership -1; Sending him back to the queue that cut him off twice hands his problem back to him. A customer who has already been let down needs one named person, not the front of the queue.
    # score: follow-through -1; Nobody is checking that the window reaches him; the loop is left open.
    # misconception: outsourcing-responsibility
    # mood: customer dismiss
    ~ cust -= 1
    # speaker: customer
    "Ring the customer line. The one that hung up on me twice. Marvellous."
    -> trace_calls

=== trace_calls ===
# clock: +10m
After the call you turn to his two dropped calls. Clearline keeps a record of every call and how it was routed. Rashid Malik is its account manager for Northway, and the two companies share a secure partner portal for case queries.
# evidence: legislation
# evidence: crm
# ask-before: You want to know what happened to his calls. How do you ask the partner, and what do you share?
# ask-after: What personal data went where, and by which route?
* [Forward his complaint email to Rashid Malik at Clearline, so he has the full picture and can start looking into it today.]
    # score: compliance -1; The email carries his address, phone number and order details to an ordinary inbox when the secure portal was there. Good practice is to share only what the task needs, by the agreed route, even with a trusted partner.
    # log: clearline; email; Forwarded Mr Lowe's complaint email in full to Rashid Malik
    ~ traced = true
    Email sent, with his full details in the thread.
    -> call_records
* [Go straight to the weekly figures: his account is clear enough, and a pattern will show there if there is one.]
    # score: investigation -1; One customer's calls can show what the averages hide: exactly where and when the calls dropped. Passing over them means going into the data with less evidence.
    You leave the calls and open the weekly figures.
    -> dashboard
* [Log it on his case, and ask Clearline for his calls' routing records via the secure portal, quoting only case and dates.]
    # score: compliance +2; Good data-protection practice: the agreed secure channel, and only what Clearline needs to find the calls (case reference and dates). The CRM case keeps the record.
    # log: clearline; system; Portal request: call routing records for case C-22931, 30 and 31 October
    ~ traced = true
    Portal request sent. The case record now shows the complaint, the promise and the request.
    -> call_records

=== call_records ===
Clearline's reply, 10:45. Call 1: Thursday 30 October, 16:12. Waited 11 min 40 s. Transferred to the Northway dispatch line at 16:26. No answer; call dropped after 2 minutes.
Call 2: Friday 31 October, 16:04. Waited 14 min 10 s. Transferred to the Northway dispatch line at 16:21. No answer; call dropped.
Adviser note on both calls: "Tracking shows awaiting dispatch. Unable to confirm delivery. Transferred per script."
Northway's internal directory: Dispatch enquiry line, staffed 08:00 to 16:00, Monday to Saturday.
-> dashboard

=== dashboard ===
# clock: +70m
Clearline's weekly figures from the service pack.
Targets: 80% of calls answered within 60 seconds; abandonment under 5%; first-contact resolution (FCR) at least 70%.
Week of \| Calls offered \| Answered within 60 s \| Abandoned \| FCR
22 September \| 6,120 \| 82% \| 4.1% \| 72%
29 September \| 6,310 \| 81% \| 4.4% \| 71%
6 October \| 7,050 \| 76% \| 6.9% \| 67%
13 October \| 7,460 \| 72% \| 8.8% \| 65%
20 October \| 7,720 \| 69% \| 10.1% \| 63%
# kpi: clearline; Calls answered within 60 s; 66%; 80%; higher
# kpi: clearline; Calls abandoned; 11.6%; 5%; lower
# kpi: clearline; First-contact resolution; 61%; 70%; higher
27 October \| 7,940 \| 66% \| 11.6% \| 61%
Last week by day: Monday 48% (telephony fault 10:00 to 12:00, Clearline incident report attached), Tuesday 70%, Wednesday 71%, Thursday 66%, Friday 67%, Saturday 72%.
Call reasons: "Where is my order?" was 18% of calls in September and 35% last week.
Customers calling again within 7 days: up from 9% to 21%.
Staffing: Clearline rostered the agreed 64 full-time-equivalent advisers every week.
# sla-breached: answer-60s
# status: clearline breached
Social media, last week: four posts about long waits on the Northway line, one shared 300 times.
# evidence: sla-kpi
# ask-before: What story do these figures tell, and what would you act on?
# ask-after: What did the call reasons and the trend suggest about the cause, and where might it lie?
* [Read it as a six-week trend: calls up 30% since the week of 22 September, mostly 'where is my order' and repeat calls.]
    # score: investigation +3; The trend and the call reasons point to a cause: demand changed in early October while staffing stayed as agreed, so it isn't Clearline's effort. Reading the data for the pattern before judging anyone is investigating before blaming.
    You note it: from the week of 6 October customers started ringing about their orders, and ringing again.
    -> approach_partner
* [Focus on Monday 27 October: 48% is the clearest breach, and there's an incident report to hold Clearline to it.]
    # score: investigation -2; One bad day with a known cause (a two-hour telephony fault) is a distraction. The other five days were under target too; the problem is a six-week slide, and acting on the outlier misses it.
    You flag Monday's figure and the incident report.
    -> approach_partner
* [Lead with the social media posts and Mr Lowe's calls: they show what customers go through better than a spreadsheet.]
    # score: investigation -1; The stories show the impact and are worth sharing, but anecdotes don't tell you how big the problem is or what is driving it. The weekly figures and call reasons do.
    You pull together the posts and his case as your headline evidence.
    -> approach_partner
* [Four weeks under target is a breach of the SLA: send Clearline a formal breach notice today, so it's on record.]
    # score: escalation -2; Invoking the contract before you understand why the figures moved is premature, and it isn't your call to make alone. The call-reason data hints at a cause on Northway's side; formal steps come after the facts and with the contract owner.
    # misconception: blame-before-checking
    # trust: clearline pressure
    # log: clearline; email; Formal notice: answer-time SLA missed four weeks running
    ~ notice_sent = true
    You send the notice to Clearline's contract inbox, copying Rashid Malik.
    -> approach_partner

=== approach_partner ===
# clock: +15m
The next monthly service review with Clearline is on Thursday 4 December, a month away.
# evidence: proactive-communication
# ask-before: The next service review is a month away. What do you do with these figures now?
# ask-after: How did our approach set up the conversation with Clearline?
* [Put it on the agenda for the 4 December review: that's what the review is for, and Clearline has the same figures.]
    # score: partner-communication -2; The review is the minimum, not the limit. Waiting a month while customers are cut off assumes the partnership will sort itself out; monitoring means acting on what the figures show.
    # misconception: self-managing-partnership
    # trust: clearline ignore
    ~ approach = 2
    You add "Answer-time SLA" to the draft agenda for 4 December.
    -> callback
* [Share the figures and Mr Lowe's case with Rashid by phone now, and ask for a video call to go through them together.]
    # score: partner-communication +2; Making contact early, sharing what you have and asking to look at it together is proactive, two-way communication. A slide like this can't wait for a standing meeting.
    # trust: clearline share
    # log: clearline; phone; Shared six-week SLA trend and case C-22931 with Rashid Malik; video call booked for 10:00 tomorrow
    ~ approach = 1
    Rashid answers on the second ring. He can do a video call first thing tomorrow, and says he'll bring his own team's figures.
    -> callback
* [Ring Rashid to ask for Clearline's written recovery plan by Friday: answering on time is what the contract pays them for.]
    # score: partner-communication -1; It is prompt, but one-way: it assumes the fix is Clearline's alone before you have heard their view of the cause.
    # misconception: outsourcing-responsibility
    # trust: clearline pressure
    # log: clearline; phone; Requested a written recovery plan for the answer-time SLA by Friday 7 November
    ~ approach = 3
    Rashid takes the request down and says he'll come back to you.
    -> callback

=== callback ===
# time: 13:30
13:30. The courier has confirmed Mr Lowe's window: Tuesday 4 November, 12:00 to 14:00.
{promise_state == 0: -> meeting}
{promise_state == 1: You promised to ring him by 4pm.}
{promise_state == 2: This morning you told him "first thing".}
# evidence: complaint-handling
# ask-before: The window is confirmed. What do you owe Mr Lowe now?
# ask-after: Was the promise kept, and by whom?
* {promise_state == 1} [Hand it to Clearline: ringing customers is what they're there for, and it frees you for the figures.]
    # score: follow-through -2; The promise was yours. Handing it to the team whose line failed him, with no check that they reach him before four, invites a second failure.
    # misconception: outsourcing-responsibility
    # log: clearline; email; Asked Clearline to call Mr Lowe with his delivery window
    ~ cust -= 1
    Clearline's note, 16:40, after your deadline: "Tried customer, no answer, voicemail left."
    -> meeting
* {promise_state == 1} [Ring him with the window as soon as he's up, and check that twelve to two works around his sleep.]
    # score: follow-through +2; Ringing as soon as he is awake, well before the promised time, keeps the promise and gives him the most notice. Kept promises are what rebuild trust after a failure.
    # kept: window-call
    # mood: customer keep-promise
    # log: customer; phone; Gave delivery window Tue 4 Nov 12:00 to 14:00; customer confirmed
    ~ cust += 1
    # speaker: customer
    "Twelve till two. I can do that; I'll get my head down when I'm in and set an alarm for half eleven. And thank you for actually ringing back. That's more than I expected, to be honest."
    -> meeting
* {promise_state == 2} [Ring him now: say you got it wrong this morning, give him the real window, and ask whether it still works.]
    # score: follow-through +1; Correcting your own over-promise quickly, and offering him a choice, limits the damage. Better still is not to promise what you haven't confirmed.
    # score: ownership +1; Saying plainly that you got it wrong, before he finds out the hard way, is ownership of your own mistake.
    # mood: customer apologise
    # withdrawn: first-thing
    # log: customer; phone; Corrected delivery time: Tue 4 Nov 12:00 to 14:00; customer kept the slot
    ~ overpromise_fixed = true
    # speaker: customer
    "Twelve till two, not first thing. Well, I'm glad you rang before I sat up all morning for nothing. Fine. Twelve till two."
    -> meeting
* {promise_state == 2} [Let the courier's text put it right: it goes out this evening with the window, well before he'd sit up.]
    # score: follow-through -2; You gave him the wrong time and left the system to correct you. The text comes from the overnight batch; he will plan his morning on your word.
    ~ cust -= 1
    You leave it to the courier's text.
    -> meeting

=== meeting ===
{
- approach == 1:
    # time: Tuesday 10:00
    # scene: office
    Tuesday 4 November, 10:00. Video call with Rashid Malik, Clearline's account manager, as agreed yesterday.
- approach == 2:
    # time: Tuesday 10:00
    # scene: office
    Tuesday 4 November, 10:00. Rashid Malik rings you before you have contacted him: he has seen the figures too, and doesn't want to wait a month for the review.
- else:
    # time: Tuesday 10:00
    # scene: office
    Tuesday 4 November, 10:00. Rashid rang back within the hour yesterday: "Happy to send a plan, but can we talk first? I think there's more to this." You're on a video call.
}
{ notice_sent:
    # speaker: clearline
    "I've had your breach notice. I'll be honest, it landed badly with my team. Before we go further, I'd like to understand what you think we've done wrong."
- else:
    # speaker: clearline
    "I've been staring at the same numbers. It hasn't been a good month for either of us. Where do you want to start?"
}
# evidence: partnership-challenge
# evidence: communication-techniques
# ask-before: You are meeting Rashid about the figures. How do you open?
# ask-after: What did we learn from Clearline that the figures alone could not show?
* [Tell him the SLA has been missed four weeks running, and ask what he's going to do about staffing on the afternoons.]
    # score: partner-communication -1; It's clear, but it is one-way and assumes the cause. The figures showed staffing at the agreed level every week.
    # misconception: blame-before-checking
    # trust: clearline blame
    # speaker: clearline
    "We've staffed to the contract every week. I can show you the rotas. But before we talk about more people, there's something you need to see."
    -> reveal
* [Keep it friendly: say you know his team is doing its best, and things will settle once the Christmas recruits start.]
    # score: partner-communication -2; Warm, but it gives no feedback and asks nothing. Relationships don't maintain themselves; avoiding the honest conversation leaves customers on hold while both sides hope it improves.
    # misconception: relationships-self-sustain
    # speaker: clearline
    "That's kind. But I don't think recruits will fix it, and I'd rather you heard why from me."
    -> reveal
* [Give specific feedback first (the trend, the dropped transfers, Mr Lowe's calls), then ask what Clearline is seeing.]
    # score: partner-communication +3; Specific feedback plus a genuine question is two-way communication: you share the data and ask for theirs. The people answering the calls often see causes you can't.
    # trust: clearline consult
    # log: clearline; meeting; Shared answer-time trend and case C-22931; asked for Clearline's view of the cause
    # speaker: clearline
    "Thank you. Honestly, we don't get asked that very often. And yes, there's something you need to see."
    -> reveal

=== reveal ===
~ approach = 0
# clock: +20m
# speaker: clearline
"Since about the 6th of October my advisers have been getting a wall of 'where's my order' calls. They look the order up, and your tracking says 'awaiting dispatch' when the goods have already gone. It catches up a day later."
# speaker: clearline
"So they can't answer, and your script tells them to transfer to your dispatch line. Your dispatch line closes at four. After four the transfer rings out and the call drops. Then the customer rings back, angrier. That's your repeat calls, and that's our first-contact resolution."
# speaker: clearline
"We did flag the tracking lag in our weekly operations email on the 14th of October. I don't think anyone picked it up."
{traced: It matches Mr Lowe's call records: two transfers to dispatch just after four o'clock, both dropped.}
~ traced = false
# status: warehouse at-risk
# evidence: partner-feedback-process
# ask-before: Rashid says Northway's tracking and its transfer script are causing the repeat calls. What do you do with that?
# ask-after: How do we find out whether he is right, and what would it mean for who fixes what?
* [Note it, but remind him the SLA is Clearline's to meet whatever the mix of calls: staffing to demand is their job, not ours.]
    # score: investigation -2; The data and his account point to a cause on Northway's side. Holding the partner to the SLA while ignoring a cause we own is blaming before checking, and extra staff won't stop the repeat calls.
    # misconception: blame-before-checking
    # trust: clearline blame
    ~ cause = 0
    # speaker: clearline
    "Understood. I'll put it in writing, then, so it's on the record."
    -> closure
* [Thank him, say you'll check it with Warehouse & Dispatch today, and agree to come back to him before anything's decided.]
    # score: investigation +2; You take the partner's feedback seriously and verify it with the department that owns the process before acting. Investigating before blaming works in both directions.
    # score: partner-communication +1; Thanking him and committing to come back with an answer keeps the feedback loop open.
    # trust: clearline thank
    # log: clearline; meeting; Clearline reported tracking lag and after-16:00 transfers dropping; Northway to check with Warehouse & Dispatch and reply
    ~ cause = 2
    # speaker: clearline
    "That's all I'm asking. If it's on our side too, I'll own it."
    -> warehouse
* [Apologise that the 14 October email was missed, and promise him Northway will have the tracking fixed by next Monday.]
    # score: follow-through -1; Owning the missed email is right, but you have promised a fix to a system you don't run before speaking to the team that does.
    # score: investigation +1; You accept the partner's evidence rather than defending the SLA figures, which opens the way to the real cause.
    # trust: clearline agree-verbal
    # agree: clearline; verbal; Northway to fix the tracking lag by Monday 10 November
    # promise: tracking-fix; clearline; by Monday 09:00; Tracking lag fixed by Monday 10 November
    ~ cause = 1
    ~ verbal_fix_promise = true
    # speaker: clearline
    "Monday? That would be brilliant. I'll tell the team."
    -> warehouse

=== warehouse ===
# time: Wednesday 08:45
# scene: warehouse
The next morning, 08:45. The Warehouse & Dispatch office. Dean Marsh, the manager, looks up from a delivery schedule.
# speaker: warehouse
"Morning. You've got the look of somebody who's come about a problem."
# evidence: coordinated-accountability
# ask-before: You need Dean's help with the tracking feed. How do you raise it?
# ask-after: What did Dean tell us about why the feed works as it does, and what a fix would take?
* [Ask him what changed around 6 October and what a fix would take, showing him the call reasons and Mr Lowe's records.]
    # score: partner-communication +2; Consulting the internal department with evidence rather than accusations treats it as a link in the chain. Internal partners matter as much as external ones.
    # score: investigation +1; Asking the process owner what changed and what is feasible gets to the mechanism behind the figures.
    # trust: warehouse consult
    # log: warehouse; in-person; Reviewed tracking lag and after-16:00 transfers with Dean Marsh
    # speaker: warehouse
    "Ah. Yes. I can tell you exactly what changed."
    -> warehouse_cause
* [Tell him the new system's late tracking is behind a contract breach on the phones, and it needs fixing by the end of this week.]
    # score: partner-communication -2; Leading with blame puts the department on the defensive before you have heard why the feed works as it does or what a fix would take.
    # misconception: blame-before-checking
    # trust: warehouse blame
    # speaker: warehouse
    "This week. Right. Do you want to know why it works the way it does, or just who to blame?"
    -> warehouse_cause
* [Raise an IT ticket to switch the tracking feed to real time, and copy him in so he knows it's being dealt with.]
    # score: partner-communication -2; Going round the department that owns the process leaves it out of a decision that changes its work, and IT can't judge the knock-on effects on manifests and courier handovers.
    # misconception: ignore-internal
    # trust: warehouse bypass
    # log: warehouse; system; IT ticket raised: switch tracking feed to real time
    IT replies within the hour: "Needs Warehouse & Dispatch sign-off. On hold." Dean rings you ten minutes later.
    # speaker: warehouse
    "I see you've asked IT to rewire my system. Shall I tell you why it works the way it does?"
    -> warehouse_cause

=== warehouse_cause ===
# clock: +30m
# speaker: warehouse
"We went live on the new warehouse system on the 6th. Tracking updates go out in one batch at two in the morning, after the courier manifest closes. So anything loaded in the evening shows as 'awaiting dispatch' for a day. Nobody told us that mattered to the phones."
# speaker: warehouse
"The live feed is built but not tested with the courier's scans. IT says mid-December at the earliest. What I can do from Monday is run the batch every two hours, as a trial."
# speaker: warehouse
"And the dispatch line closes at four because that's when my team finishes. I can't staff it later. But if Clearline's advisers could see our dispatch screen, read-only, they wouldn't need to transfer anyone at all."
{ verbal_fix_promise:
    # speaker: warehouse
    "You told them it'd be fixed by Monday? The live feed, no. The two-hour batch, maybe. You'll need to put that right with them."
}
# trust: warehouse support
-> closure

=== closure ===
# clock: +1d
# scene: office
Back at your desk, you check on Mr Lowe's delivery.
{promise_state == 2 and not overpromise_fixed: -> closure_broken}
Courier delivery note: NH-40417 delivered Tuesday 4 November, 12:35, signed "P. Lowe", no damage.
-> closure_choice

=== closure_broken ===
~ cust -= 1
~ morning_lost = true
// The "first thing" promise broke when Tuesday 09:00 passed (its mood and score came then): no second mood here.
CRM: Mr Lowe emailed on Tuesday at 11:30: "I came off a night shift and sat up for this on your word. Nobody's come. I'm back on tonight." The table was delivered at 12:50, undamaged.
-> closure_choice

=== closure_choice ===
# evidence: complaint-handling
# ask-before: The table was delivered undamaged and he hasn't been in touch. Is his case finished?
# ask-after: What does silence from a customer mean, and what did he hear from us?
* [Close the case: the delivery scan shows it arrived undamaged, and he hasn't been in touch with us since it was delivered.]
    # score: follow-through -1; Silence isn't satisfaction. A customer who was cut off twice may simply have given up telling you; one call would confirm the recovery and close the loop.
    # log: customer; system; Case C-22931 closed on delivery scan
    Case C-22931 closed.
    -> chain_map
* [Ring him before closing the case: check the table arrived well and tell him what his complaint has started to change.]
    # score: follow-through +2; Closing the loop after delivery confirms the recovery worked, and telling him that his complaint is changing the process shows it was worth making.
    # log: customer; phone; Post-delivery call: table received; told customer about the tracking and transfer fixes under way
    ~ cust += 1
    You ring him at four, when he's up.
    { cust >= 3:
        # speaker: customer
        # mood: customer exceed
        "It's grand. Solid as anything. And you're changing the phones because of what happened to me? Well. I'll be telling the lads on the ward about that, not the hold music."
    - else:
        # speaker: customer
        # mood: customer resolve
        "It came, yes. I'm glad something's changing, I suppose. It's been more of an ordeal than buying a table should be."
    }
    -> chain_map

=== chain_map ===
# clock: +30m
# speaker: head
"Before you agree anything with Clearline, put Mr Lowe's case on the chain map for me. I want to see the route his problem took, link by link, and where the lesson should go."
His case file and the weekly figures are open beside the chain map.
# evidence: map-service-chain
# chain-task: Where in the chain did Mr Lowe's problem start?
# ask-before: Where in the chain did Mr Lowe's problem start?
# ask-after: Where did he feel it, and where did it start? Why does the difference matter?
* [Warehouse & Dispatch: the tracking that ran a day behind]
    # chain-link: warehouse
    # score: investigation +2; It started inside Northway: the table had left on 31 October, but the tracking still said "awaiting dispatch". Everything after that was Mr Lowe trying to find out what the tracking should have told him.
    -> chain_two
* [Clearline: the wait of over ten minutes on the customer line]
    # chain-link: clearline
    # score: investigation -1; The queue is where he felt it, not where it started. He rang because the tracking said "awaiting dispatch" after the table had already gone.
    # misconception: blame-before-checking
    -> chain_two
* [Customer Service: the confirmation email that promised a text]
    # chain-link: you
    # score: investigation -1; The confirmation was accurate: the delivery was booked in the week it promised. What sent him to the phone was tracking that still said "awaiting dispatch".
    -> chain_two

=== chain_two ===
# chain-task: Mr Lowe picked up the phone to chase it. Which link took his calls?
# ask-before: He picked up the phone to chase it. Which link took his calls?
# ask-after: What could that link see, and what couldn't it?
* [Northway's dispatch line, which he rang for himself first]
    # chain-link: warehouse
    # score: investigation -1; He never had that number. The dispatch line only reached him through a transfer, after he had already waited in another queue.
    -> chain_three
* [Clearline's customer line: a long queue, then a transfer]
    # chain-link: clearline
    # score: investigation +1; Right: Clearline answers Northway's customer line. Its advisers saw the same out-of-date tracking, could not answer, and followed the script to transfer him.
    -> chain_three
* [Customer Service's inbox, by the form on the website]
    # chain-link: you
    # score: investigation -1; That came last, on Saturday night, after two calls had dropped and he had given up on a third.
    -> chain_three

=== chain_three ===
# chain-task: His calls dropped. Where did his problem finally reach someone who could own it?
# ask-before: His calls dropped. Where did his problem finally reach someone who could own it?
# ask-after: How many touchpoints did it pass before anyone caught it?
* [Clearline's adviser, on the third call he tried to make]
    # chain-link: clearline
    # score: investigation -1; He gave up on the third call. And without a view of dispatch, an adviser could only have transferred him again.
    -> chain_four
* [Warehouse & Dispatch, when Clearline put him through]
    # chain-link: warehouse
    # score: investigation -1; Both transfers arrived just after four, when the dispatch line had closed. They rang out and dropped; nobody in dispatch ever heard him.
    -> chain_four
* [Customer Service, through the website complaint form]
    # chain-link: you
    # score: investigation +1; His Saturday-night message reached Customer Service, the front line that owns him as a customer. That is where the chain finally caught the failure, three touchpoints after it began.
    -> chain_four

=== chain_four ===
# chain-task: Clearline's contact reasons pointed at the cause weeks ago. Where should they go back to every week from now on?
# evidence: partner-feedback-process
# ask-before: Clearline's contact reasons pointed at the cause weeks ago. Where should they go every week from now on?
# ask-after: Is this chain a line or a loop, and what happened to the 14 October warning?
* [Daniel Adeyemi, for the contract file and the review]
    # chain-link: head
    # score: partner-communication -1; The contract owner needs the figures for the review, but he doesn't run the tracking. Feedback that stops at the contract file fixes nothing at its source.
    # misconception: linear-chain
    -> chain_done
* [Warehouse & Dispatch, via Customer Service every week]
    # chain-link: warehouse
    # score: partner-communication +2; That closes the feedback loop: what customers ring about goes back to the link that causes it. Clearline's contact reasons reaching Warehouse & Dispatch weekly would have caught this in mid-October.
    -> chain_done
* [Clearline's own weekly operations email, as it is now]
    # chain-link: clearline
    # score: partner-communication -2; That is where the 14 October warning sat unread. Feedback that only goes round inside the partner never reaches the link that can act on it.
    # misconception: linear-chain
    -> chain_done
* [Customer Service's own complaint log, to watch for trends]
    # chain-link: you
    # score: partner-communication -1; Useful, but it keeps the feedback at the front line. The cause sits upstream, so the contact reasons need to reach Warehouse & Dispatch as well.
    # misconception: linear-chain
    -> chain_done

=== chain_done ===
Your trace is on the chain map, ready for Daniel.
-> plan_knot

=== plan_knot ===
~ promise_state = 0
~ overpromise_fixed = false
{
- cust >= 3:
    ~ cust = 3
- cust >= 1:
    ~ cust = 1
- else:
    ~ cust = 0
}
# clock: +2h
Time to agree the improvement plan with Clearline{cause > 0: and Warehouse & Dispatch}.
{cause > 0: What you know: the tracking feed runs a day late since 6 October; advisers transfer 'where is my order' calls to a line that closes at four; dropped calls come back as repeat calls. Clearline staffed to contract throughout.}
{cause == 0: What you have: six weeks of falling figures, rising 'where is my order' calls, and Clearline's insistence that staffing met the contract. You set aside Rashid's point about the tracking.}
# evidence: pdca
# ask-before: How do you want to run the improvement with Clearline and the warehouse?
# ask-after: How will anyone know which change worked, and who owns each one?
* [Run it as a PDCA trial: each side changes what it owns, with owner and date; four weeks; weekly checks; decide in December.]
    # score: investigation +2; PDCA turns a fix into a test: a plan with owners, a trial, a check against the figures and a decision. It is how you learn what actually worked, and it keeps both partners accountable.
    ~ plan = 2
    -> plan_detail
* [Ask Clearline to add advisers until the figures recover: answering calls promptly is what the contract pays them for.]
    # score: investigation -2; More advisers answering calls they can't resolve treats the symptom. The repeat 'where is my order' calls keep coming, and the customer's experience stays Northway's responsibility whoever answers.
    # misconception: outsourcing-responsibility
    ~ plan = 0
    -> plan_detail
* [Agree the changes and switch them all on at once, then close the action: the cause is understood now, so why wait for a trial?]
    # score: investigation -1; Without a check step nobody will know which change worked, or notice if one of them made something else worse. A plan with no monitoring assumes the partnership will run itself.
    # misconception: self-managing-partnership
    ~ plan = 1
    -> plan_detail

=== plan_detail ===
# sla: trial-target; clearline; by 2025-12-04 17:00; By the December review: 80% of calls answered within 60 seconds and FCR at least 70%
{cause > 0 and plan == 2: Plan. Warehouse runs tracking batches every two hours from Monday 10 November (owner Dean Marsh). Clearline advisers get read-only access to the dispatch screen and offer a callback instead of transferring after 16:00 (owner Rashid Malik). Live feed scoped with IT for December (owner Dean Marsh).}
{cause > 0 and plan == 2: Check. Weekly figures every Friday against targets: 80% within 60 seconds, 'where is my order' under 20% of calls, FCR at least 70%. Act: decide at the review on Thursday 4 December.}
{cause > 0 and plan == 1: Changes from Monday 10 November: two-hourly tracking batches, read-only dispatch screen for Clearline, callbacks instead of late transfers. Action closed; no measures or check dates set.}
{cause == 0: Clearline to add eight advisers on weekday afternoons from 10 November, at Clearline's cost, until the figures recover.}
{cause > 0 and plan == 0: Clearline to add eight advisers on weekday afternoons from 10 November. The tracking lag and the transfers are noted but not assigned to anyone.}
{cause == 0 and plan > 0: With no cause on Northway's side in the plan, the only lever in it is Clearline's staffing.}
Now the agreement needs recording.
# evidence: documenting-agreements
# ask-before: Everyone has agreed the plan on the call. Does it need anything more?
# ask-after: When the figures are checked, what will they be checked against?
* [Everyone was on the call and agreed it. Let the December review minutes capture it, so there's one record of it, not two.]
    # score: partner-communication -2; A verbal agreement with nothing written leaves owners, dates and measures to memory. When the figures are checked, there will be nothing to check them against.
    # misconception: undocumented-agreement
    # agree: clearline; verbal; Improvement plan as discussed on the call
    # trust: clearline agree-verbal
    ~ verbal_fix_promise = false
    You move on; it's been agreed.
    -> escalation
* [Write an action note (each action, owner, date, measure), send it to Rashid and Dean to confirm by reply, and file it.]
    # score: partner-communication +2; A written, confirmed note gives both sides the same record of who does what by when. It is what the review, and any contract discussion, will rely on.
    # agree: clearline; confirmed; Improvement plan: actions, owners, dates and weekly measures; decision at the 4 December review
    # trust: clearline agree-written
    ~ written = true
    You send the action note at 15:10.
    { cause > 0:
        # agree: warehouse; written; Two-hourly tracking batches from 10 November as a trial; live feed scoped with IT
        # trust: warehouse agree-written
        Rashid and Dean both confirm by reply the same afternoon.
        {verbal_fix_promise:
            # revised: tracking-fix; by 2025-12-31 17:00; Two-hourly tracking batches from Monday 10 November; the live feed in December
            The note also corrects your Monday promise to Clearline: the two-hourly batch from Monday, the live feed in December.
        }
    - else:
        Rashid confirms by reply the same afternoon.
    }
    ~ verbal_fix_promise = false
    -> escalation

=== escalation ===
# clock: +3h
That afternoon. The contract says a missed SLA month is recorded at the monthly service review and that service credits can apply, as the contract sets out. Formal notices and decisions on credits sit with Daniel Adeyemi, Head of Customer Service, who owns the Clearline contract.
{notice_sent: You have already sent Clearline a formal notice without Daniel's knowledge.}
# evidence: escalation
# ask-before: The SLA has been missed. What goes to Daniel, who owns the contract, and what do you propose?
# ask-after: Did our proposal weigh Northway's own part in the cause? What would Daniel do with it?
* [Ask Daniel to claim the service credits now: four red weeks is a breach of the contract, whatever the reason behind it.]
    # score: escalation -1; Escalating is right, but proposing the maximum contractual response when Northway's own tracking drove much of the demand punishes the partner for our part, and weakens our position if it is challenged.
    # misconception: blame-before-checking
    # trust: clearline pressure
    # log: head; email; Asked Daniel Adeyemi to claim service credits from Clearline
    # speaker: head
    "Hang on. If our tracking drove the repeat calls and Clearline flagged it on the 14th of October, claiming credits now is a fight we'd lose. Record the breach; we'll decide after the trial."
    -> review
* [Send Daniel one page: figures, causes on both sides, the plan; propose recording the breach per the contract, credits after the trial.]
    # score: escalation +2; A formal SLA breach is a contract matter beyond your authority. A short brief with a proposal lets the contract owner decide quickly, and the proposal weighs Northway's own part in the cause.
    # log: head; email; SLA breach, causes, improvement plan and proposal sent to Daniel Adeyemi
    ~ pts += 1
    # speaker: head
    "Clear and fair. Agreed: we record the breach, and I'll decide on credits at the December review.{notice_sent: I'll also call Rashid about that notice. Next time, come to me first.}"
    -> review
* [Hold off telling Daniel for now: the plan is agreed, and formal contract talk at this stage would only sour things with Clearline.]
    # score: escalation -2; A breach of a formal SLA has to be recorded and its contract owner told, however good the relationship. Handling a contract like informal teamwork leaves Northway with no record if the figures stay red.
    # misconception: partnership-is-teamwork
    You keep it between you and Rashid.
    -> review

=== review ===
~ notice_sent = false
# time: 2025-12-04 10:00
Thursday 4 December. Monthly service review with Clearline{cause > 0: and Warehouse & Dispatch}.
{cause > 0 and plan > 0: -> review_fixed}
-> review_not_fixed

=== review_fixed ===
Week of \| Calls offered \| Answered within 60 s \| Abandoned \| FCR
10 November \| 7,310 \| 74% \| 7.0% \| 66%
17 November \| 6,720 \| 79% \| 5.2% \| 69%
24 November \| 6,280 \| 82% \| 4.3% \| 72%
# kpi: clearline; Calls answered within 60 s; 84%; 80%; higher
# kpi: clearline; Calls abandoned; 3.8%; 5%; lower
# kpi: clearline; First-contact resolution; 73%; 70%; higher
1 December \| 6,190 \| 84% \| 3.8% \| 73%
'Where is my order' calls: down from 35% to 17%.
Callbacks after 16:00: 412 booked, 97% made on time.
{plan == 1: Because everything changed on the same day and nothing was measured along the way, nobody can say which change did the work, and the callback queue only started being counted last week.}
{not written: With no written plan, Clearline and Warehouse remember the live-feed date differently: "December" or "the new year".}
# sla-met: trial-target
# status: clearline on-track
# status: warehouse on-track
# speaker: clearline
"Green for two weeks running. My advisers are actually able to answer people now. That's made a difference to them too."
# evidence: partnership-delivery
# evidence: relationship-building
# ask-before: The figures are green for two weeks. What now?
# ask-after: Which step of plan, do, check, act did our choice complete, and what keeps it from sliding back?
* [Call it solved: thank everyone, close the action plan, and take the item off future agendas to give both teams a well-earned rest.]
    # score: follow-through -2; The figures are green, but the live feed isn't built and nothing now watches the trend. Relationships and performance don't sustain themselves; the next slide will be found by customers first.
    # misconception: relationships-self-sustain
    # trust: clearline thank
    # log: clearline; meeting; December review: action plan closed
    Action plan closed. The item comes off the agenda.
    -> ending_choice
* [Make the changes standard, fix the live-feed date in writing, share the results with both teams, keep the trend on the agenda.]
    # score: follow-through +2; Acting on the check closes the PDCA loop, sharing the results back keeps both teams invested, and keeping the trend on the agenda is how you notice the next slide early.
    # trust: clearline thank
    # trust: warehouse share
    # agree: clearline; written; Changes made standard; live tracking feed date confirmed; trend reviewed monthly
    # log: clearline; meeting; December review: results shared, changes made standard, thanks to both teams
    ~ pts += 1
    Rashid says he'll put the figures up on the floor at Clearline. Dean asks for a copy for his team's noticeboard.
    -> ending_choice

=== review_not_fixed ===
Week of \| Calls offered \| Answered within 60 s \| Abandoned \| FCR
10 November \| 7,980 \| 75% \| 8.1% \| 62%
17 November \| 8,120 \| 77% \| 7.6% \| 61%
24 November \| 8,240 \| 76% \| 7.9% \| 60%
# kpi: clearline; Calls answered within 60 s; 78%; 80%; higher
# kpi: clearline; Calls abandoned; 7.2%; 5%; lower
# kpi: clearline; First-contact resolution; 60%; 70%; higher
1 December \| 8,310 \| 78% \| 7.2% \| 60%
'Where is my order' calls: 37% of all calls.
Customers calling again within 7 days: 23%.
# sla-breached: trial-target
# status: clearline breached
# speaker: clearline
"More advisers got us closer on answer time, but they're answering the same unanswerable calls. The tracking's still a day behind. Your customers still ring twice."
# evidence: partnership-delivery
# evidence: relationship-building
# ask-before: More advisers, and the figures are still red. What now?
# ask-after: What did the failed fix teach us about the cause, and what did it cost customers?
* [Go round the cycle again: sit down with Rashid and Dean, look at the call reasons together and test Northway's side.]
    # score: follow-through +1; Going back round the cycle when the check shows no improvement is the right response, though a month of customers' repeat calls was the price of not acting on the partner's feedback first time.
    # score: investigation +1; Looking at the call reasons jointly, including Northway's side, finally puts the cause on the table.
    # trust: clearline consult
    # trust: warehouse consult
    # log: clearline; meeting; December review: joint root-cause session with Clearline and Warehouse & Dispatch booked
    ~ pts += 1
    A joint session is booked for next week. It is a month later than it could have been.
    -> ending_choice
* [Ask Daniel to issue a formal notice and claim the service credits: another red month, even after extra staff, is enough.]
    # score: escalation -1; The partner has staffed up and flagged the real cause twice. Reaching for the contract again, without looking at Northway's part, escalates a problem we could solve.
    # misconception: blame-before-checking
    # trust: clearline pressure
    # log: head; email; Requested formal notice and service credits for November
    You send the request to Daniel.
    -> ending_choice

=== ending_choice ===
{cause > 0:
    ~ pts += 2
}
{plan == 2:
    ~ pts += 1
}
{written:
    ~ pts += 1
}
{cust >= 3:
    ~ pts += 2
- else:
    {cust >= 1:
        ~ pts += 1
    }
}
{pts >= 7 and cause > 0 and plan > 0: -> ending_strong}
{pts <= 3: -> ending_failed}
{cust >= 3: -> ending_partial_process}
-> ending_partial_customer

=== ending_strong ===
Mr Lowe's table arrived when he was told it would, and he has since left a review that mentions the call back, not the hold music.
Clearline's figures are back above target for the right reason: customers no longer need to ring to ask where their order is. Rashid's advisers can see dispatch, the tracking runs every two hours, and the live feed has a date.
The breach is on record, the plan is in writing, and the trend stays on the review agenda.
# ending: strong; Fixed at the root; You won the customer back, read the trend rather than the worst day, asked the contact centre for its view and acted on it, traced the failure back to its source, and ran a documented PDCA trial with both partners. The SLA recovered because the cause was fixed, not because the phones were shouted at.
-> END

=== ending_partial_process ===
Mr Lowe got his table when he was told and felt looked after; he'd buy from Northway again.
Behind him, the service chain is only half mended. {cause == 0: The tracking lag that drove the calls is still there, and Clearline still carries the blame for it.}{cause > 0 and plan < 2: The changes went in without a proper check, so no one is sure what worked or what to watch.}{cause > 0 and plan == 2 and not written: The plan was never written down, so owners and dates are already drifting.}{cause > 0 and plan == 2 and written: The formal side of the contract, escalation and the review that keeps it honest, was left loose.}
# ending: partial; Customer won back, chain half mended; You recovered the customer well, but the partnership work (finding the root cause with the partner, testing the fix, recording it, escalating it properly) was incomplete, so the next customer may wait just as long.
-> END

=== ending_partial_customer ===
The figures improved and the partners are working together, but Mr Lowe's experience stayed a bad one: {morning_lost: he sat up after a night shift for a delivery that came at ten to one, on your word.|the recovery never quite reached him as a person.}
He received his table. He hasn't ordered since.
# ending: partial; Figures fixed, customer forgotten; The process work was largely sound, but service recovery starts with the customer in front of you: listening, owning the failure, promising only what you can keep and closing the loop.
-> END

=== ending_failed ===
Mr Lowe got his table, but not from a company he trusts any more. He has told his colleagues on the ward, and added his own post about the hold music to the ones already doing the rounds.
At Clearline, advisers are still answering "where is my order" calls they cannot resolve, and they now expect Northway to reach for the contract before the phone. The tracking still runs a day late. The December figures are red again, and the next review will start where this one did.
# ending: failed; Breach on breach; The SLA was treated as Clearline's problem alone: the data was read for someone to blame, the partner's feedback about Northway's own tracking was not acted on, and the customer's recovery was left to the system that had failed him.
-> END
