extension StarterLibrary {
  /// Early-stage plays: running discovery, leading with insight, and the first demo.
  static let discoveryPlays: [Playbook] = [spinDiscovery, challengerInsight, firstDemo]

  static let spinDiscovery = Playbook(
    id: "play-spin-discovery", name: "SPIN discovery call", framework: "SPIN",
    summary: """
      Earn the right to pitch: map how buying works today, surface the problems, make their cost \
      explicit and let the buyer say the value out loud.
      """,
    situation: Playbook.Situation(stages: ["qualify", "discovery"]),
    steps: [
      "Research the account: annual report, recent hires in finance and procurement, ERP in use",
      "Send an agenda the day before with two hypotheses about their spend process",
      "Open with the agenda and ask for permission to ask questions before showing anything",
      "Ask situation questions sparingly: only what research could not tell you",
      "Spend most of the call on problem and implication questions; write down numbers",
      "Close with a need-payoff question and a summary the buyer agrees with",
      "Book the next meeting before hanging up and log the pains on the deal",
    ],
    questions: [
      .ask(
        PlayQuestionKind.situation, "Walk me through what happens from a purchase request to a paid invoice."),
      .ask(PlayQuestionKind.situation, "Which systems touch that process today, and who owns each one?"),
      .ask(PlayQuestionKind.situation, "Roughly how many suppliers and invoices do you handle in a month?"),
      .ask(PlayQuestionKind.problem, "Where does a request get stuck most often, and for how long?"),
      .ask(PlayQuestionKind.problem, "How confident are you that spend goes through approved suppliers?"),
      .ask(PlayQuestionKind.problem, "What does month-end close look like for accounts payable?"),
      .ask(PlayQuestionKind.implication, "When approvals take two weeks, what do teams do instead?"),
      .ask(
        PlayQuestionKind.implication, "What does off-contract spend cost you in lost discounts each year?"),
      .ask(
        PlayQuestionKind.implication, "If the close slips by three days, who feels it and what does it delay?"
      ),
      .ask(
        PlayQuestionKind.needPayoff, "If approvals took two days instead of ten, what would that free up?"),
      .ask(
        PlayQuestionKind.needPayoff,
        "How would it help you to see committed spend before the invoice arrives?"),
      .ask(PlayQuestionKind.needPayoff, "Who else would benefit if suppliers were paid on time, every time?"),
    ],
    talkTrack: """
      Thanks for making the time. I'd like to spend most of today understanding how purchasing and \
      payables work for you now, where it hurts and what that costs, rather than running a demo. If it \
      turns out we can help, we'll agree on what a useful next conversation looks like; if not, I'll \
      tell you so. Companies your size usually tell us approvals and invoice matching are where the \
      time goes. Is that true for you, or is it somewhere else?
      """,
    objections: [
      .when(
        "Can you just show me the product?",
        say: """
          Happy to, and I want it to be about your process, not a generic tour. Give me ten minutes \
          of questions so I show the three things that matter to you.
          """),
      .when(
        "We don't really have a problem with procurement.",
        say: """
          That's worth knowing. How do you measure it today? Teams that feel fine often find the \
          cost in off-contract spend or late-payment fees rather than in complaints.
          """),
    ],
    redFlags: [
      "Buyer cannot name a single problem or a number attached to it",
      "Only the end user attends; nobody owns the budget or the process",
      "No next meeting booked at the end of the call",
    ],
    contentIds: [ContentId.discoveryGuide, ContentId.roiCalculator, ContentId.caseStudyManufacturing]
  )

  static let challengerInsight = Playbook(
    id: "play-challenger-insight", name: "Lead with insight (Challenger)", framework: "Challenger",
    summary: """
      Teach the buyer something new about their business, tailor it to each stakeholder, and take \
      control of the buying process instead of following it.
      """,
    situation: Playbook.Situation(
      stages: ["prospect", "qualify", "discovery"], segments: [.midMarket, .enterprise]),
    steps: [
      "Pick the insight: the hidden cost of tail spend, with a benchmark from their industry",
      "Open with the warmer: a problem peers face, stated so the buyer nods",
      "Reframe: show why the usual fix (more approvers, stricter policy) makes it worse",
      "Quantify with their numbers using the ROI calculator, not ours",
      "Tailor the message for finance, procurement and IT before the next meeting",
      "Propose the evaluation plan and dates yourself (take control)",
    ],
    questions: [
      .ask(
        PlayQuestionKind.teach, "Peers see 20–30% of spend outside contracts; what would you guess yours is?"),
      .ask(PlayQuestionKind.teach, "Why do you think adding approvers has not reduced maverick spend?"),
      .ask(PlayQuestionKind.tailor, "What does your CFO measure procurement on this year?"),
      .ask(PlayQuestionKind.tailor, "What would IT need to see before another system connects to the ERP?"),
      .ask(
        PlayQuestionKind.takeControl,
        "Teams like yours decide in about six weeks; shall we plan back from a date?"),
      .ask(
        PlayQuestionKind.takeControl, "Who besides you will have a say, and when can we get them in the room?"
      ),
    ],
    talkTrack: """
      Most finance teams we meet believe their spend problem is a policy problem, so they add approvers. \
      What we see across more than two hundred companies is the opposite: every extra approval step \
      pushes more purchases onto cards and into expense reports, outside any contract. The spend you \
      can't see is typically two to three times what people estimate. I'd like to show you how peers \
      measured theirs in a week, and then we can decide together whether it's worth a closer look.
      """,
    objections: [
      .when(
        "Our situation is different.",
        say: """
          It might be. Let's test it: if your off-contract share is under ten percent, I'll tell you \
          this isn't a priority. Can we pull one month of card and invoice data to check?
          """),
      .when(
        "We are happy with how procurement runs.",
        say: """
          Then the benchmark will confirm it and cost you a week. If it doesn't, you will have found \
          the money before your CFO asks for it.
          """),
    ],
    redFlags: [
      "The insight gets agreement but no reaction: it did not teach them anything",
      "The buyer sets every step and date; we are following, not leading",
      "Only one stakeholder has heard the message",
    ],
    contentIds: [ContentId.insightDeck, ContentId.roiCalculator, ContentId.caseStudyHealthcare]
  )

  static let firstDemo = Playbook(
    id: "play-first-demo", name: "First demo that sells", framework: nil,
    summary: """
      Show the three workflows that fix the pains found in discovery, to the people who own them, \
      and leave with a date for the next step.
      """,
    situation: Playbook.Situation(stages: ["demo"]),
    steps: [
      "Confirm the pains and attendees 48 hours ahead; drop the demo if no decision maker attends",
      "Recap the discovery in the first five minutes and ask what has changed",
      "Show the 'after' first: the outcome screen, then how they get there",
      "Demo at most three workflows mapped to their pains, using their terms and data",
      "Pause after each workflow: 'How does that compare with today?'",
      "Agree on the evaluation plan, success criteria and a date for the next meeting",
      "Send the recap, recording and mutual action plan the same day",
    ],
    questions: [
      .ask(PlayQuestionKind.confirm, "Since we last spoke, has anything changed in priorities or people?"),
      .ask(PlayQuestionKind.technical, "Which ERP and identity provider must this connect to on day one?"),
      .ask(PlayQuestionKind.decisionCriteria, "What would you need to see to call this a success?"),
      .ask(
        PlayQuestionKind.decisionProcess, "After today, what happens next on your side, and who is involved?"),
    ],
    talkTrack: """
      Last time you told us approvals take about ten days and that AP spends the last week of every \
      month chasing receipts. So today I'll show you three things: a request approved in two clicks \
      from email, an invoice matched automatically against its order, and the committed-spend view \
      your controller asked about. Stop me whenever something doesn't match how you work. At the end \
      I'd like fifteen minutes to agree on what a fair evaluation looks like.
      """,
    objections: [
      .when(
        "This looks complex for our team.",
        say: """
          Most users only ever see the request form and the approval email. Can I show you the \
          requester's view for sixty seconds, exactly as your staff would see it?
          """),
      .when(
        "Does it integrate with our ERP?",
        say: """
          Yes, with a standard connector for the major ERPs; I'll bring our solutions engineer to \
          walk your IT team through the field mapping this week.
          """),
    ],
    redFlags: [
      "No economic buyer or process owner in the demo",
      "Feature questions only, no reaction to the outcomes",
      "Demo ends without a next step on the calendar",
    ],
    contentIds: [ContentId.demoScript, ContentId.mutualActionPlan, ContentId.securityAnswers]
  )
}
