extension StarterLibrary {
  /// Later-stage plays: proposal, negotiation and paper process, competitive displacement,
  /// renewal and expansion, and waking up a stalled deal.
  static let lateStagePlays: [Playbook] = [
    proposal, negotiation, competitiveDisplacement, renewalExpansion, stalledDeal,
  ]

  static let proposal = Playbook(
    id: "play-proposal", name: "Proposal the buyer can approve", framework: nil,
    summary: """
      A proposal restates the buyer's problem, the agreed outcome and the price, and is walked \
      through live, never just emailed.
      """,
    situation: Playbook.Situation(stages: ["proposal"]),
    steps: [
      "Confirm the decision criteria and budget range before writing anything",
      "Build the proposal from the business case: problem, outcome, plan, price",
      "Offer two or three options; anchor on the one that meets all their metrics",
      "Review it live with the champion first, then with the economic buyer",
      "Agree on the remaining steps and the signature date in the mutual action plan",
    ],
    questions: [
      .ask(
        PlayQuestionKind.decisionCriteria,
        "Does this proposal meet every criterion you set? Which one is weakest?"),
      .ask(PlayQuestionKind.economicBuyer, "Has the budget owner seen the numbers, and what did they say?"),
      .ask(PlayQuestionKind.paperProcess, "Once you choose, what paperwork follows and who owns each piece?"),
    ],
    talkTrack: """
      Before we get to price, let me restate what you told us: approvals take ten days, thirty percent \
      of spend is off contract, and you want both fixed before the next audit. The plan on page three \
      gets you there in twelve weeks. Option B covers everything you listed; option A is cheaper but \
      leaves out the supplier portal your AP team asked for. Which one fits the budget you have?
      """,
    objections: [
      .when(
        "Can you just send it over?",
        say: """
          I will, right after we go through it together. Twenty minutes now saves a week of email \
          about what a line item means.
          """),
      .when(
        "Option B is over budget.",
        say: """
          Which part matters least to you? We can phase the supplier portal into year two rather than \
          discount the whole thing.
          """),
    ],
    redFlags: [
      "Proposal requested before discovery is complete",
      "Economic buyer has not seen pricing",
      "No agreed signature date",
    ],
    contentIds: [ContentId.pricingDeck, ContentId.businessCase, ContentId.mutualActionPlan]
  )

  static let negotiation = Playbook(
    id: "play-negotiation-paper-process", name: "Negotiate and run the paper process",
    framework: "MEDDPICC",
    summary: """
      Trade, never give: every concession buys something. Run legal, security and procurement in \
      parallel so the signature date holds.
      """,
    situation: Playbook.Situation(stages: ["negotiation"]),
    steps: [
      "List the paper steps (security review, DPA, MSA redlines, PO, signature) with owners and dates",
      "Send the security questionnaire answers and SOC 2 report before they are asked for",
      "Agree the concessions you can give and what each must buy (term, timing, case study)",
      "Hold price; trade on term length, payment schedule or scope instead",
      "Escalate legal redlines early using the fallback positions",
      "Confirm the signer and the signature date in writing",
    ],
    questions: [
      .ask(PlayQuestionKind.paperProcess, "Who signs, and does anything need board or committee approval?"),
      .ask(
        PlayQuestionKind.paperProcess,
        "Does procurement need a vendor onboarding form or a PO before signature?"),
      .ask(
        PlayQuestionKind.decisionProcess,
        "If we agree on terms this week, what could still stop the signature?"),
      .ask(PlayQuestionKind.commercial, "If I can do that, can you sign by the 28th?"),
    ],
    talkTrack: """
      We're close, so let's make sure nothing surprises either of us. Here is every step I think is \
      left, with who owns it and when: your security review, the DPA, our MSA redlines and the \
      purchase order. What's missing from this list? On price: I can't move the per-user rate, but \
      if a three-year term works for you, I can hold this year's price for all three years.
      """,
    objections: [
      .when(
        "We need 20% off to sign.",
        say: """
          I can't get there on price alone. If you sign a three-year term this month and agree to a \
          case study, I can take it to my VP. Which of those works for you?
          """),
      .when(
        "Legal needs another month.",
        say: """
          Which clauses are open? Our standard fallbacks settle most redlines in one call between \
          both legal teams; can we book it this week?
          """),
    ],
    redFlags: [
      "New stakeholders appear in the final week",
      "Procurement asks for a discount with nothing offered in return",
      "Signature date moved twice",
    ],
    contentIds: [ContentId.legalPlaybook, ContentId.securityAnswers, ContentId.pricingDeck]
  )

  static let competitiveDisplacement = Playbook(
    id: "play-competitive-displacement", name: "Displace an incumbent", framework: nil,
    summary: """
      When the buyer runs a competitor today, win on the cost of staying, a low-risk migration plan \
      and proof from customers who switched.
      """,
    situation: Playbook.Situation(stages: ["discovery", "demo", "proposal"], anyCompetitor: true),
    steps: [
      "Open the battlecard; note the incumbent's weak spots that match this buyer's pains",
      "Ask what they would keep from the current tool, not just what they dislike",
      "Quantify the cost of staying: licences, workarounds, hours",
      "Set landmines: decision criteria the incumbent cannot meet (e.g. supplier portal, ERP sync)",
      "Offer the migration plan and a reference customer who switched",
      "Time the switch to the incumbent's renewal date",
    ],
    questions: [
      .ask(
        PlayQuestionKind.competition, "When does your current contract renew, and what's the notice period?"),
      .ask(PlayQuestionKind.identifyPain, "What would you keep from the current tool if you could?"),
      .ask(
        PlayQuestionKind.implication,
        "What workarounds has your team built around it, and who maintains them?"),
      .ask(
        PlayQuestionKind.decisionCriteria, "If you switched, what would the new tool have to do on day one?"),
    ],
    talkTrack: """
      Most of our customers came from a tool like the one you have, so switching is something we do \
      every week. The risk people worry about is the migration; we move suppliers, open orders and \
      approval rules in a fixed-price, six-week project and run both systems in parallel for a month. \
      Would it help to talk to a customer who switched last year?
      """,
    objections: [
      .when(
        "Switching is too risky.",
        say: """
          It would be without a plan. Here's ours: parallel run, rollback point, fixed price. What \
          would have to be in it for you to feel safe?
          """),
      .when(
        "The incumbent offered a big renewal discount.",
        say: """
          That usually means they know they're at risk. A discount doesn't fix the ten-day approvals; \
          what does staying cost you over three years?
          """),
    ],
    redFlags: [
      "We are column fodder: the RFP mirrors the incumbent's feature list",
      "No access to the users who suffer the incumbent",
      "Incumbent renewal date unknown",
    ],
    contentIds: [
      ContentId.battlecardNorthwind, ContentId.battlecardContoso, ContentId.battlecardGlobex,
      ContentId.caseStudyDisplacement,
    ]
  )

  static let renewalExpansion = Playbook(
    id: "play-renewal-expansion", name: "Renewal and expansion review", framework: nil,
    summary: """
      Renewals are won in the months before the date: prove the value delivered, find the next \
      problem worth solving and expand on it.
      """,
    situation: Playbook.Situation(tags: ["renewal", "expansion"]),
    steps: [
      "Pull usage and outcomes: adoption, cycle time, spend under management versus the baseline",
      "Hold a business review 120 days before renewal with the sponsor and the economic buyer",
      "Show the value delivered against the metrics they bought on",
      "Ask where else the same problem exists: other entities, regions, spend categories",
      "Propose the renewal with the expansion as an option, priced per unit already agreed",
      "Confirm the renewal paper process; check for changes in signer or procurement",
    ],
    questions: [
      .ask(PlayQuestionKind.metrics, "Did we hit the numbers you bought us for? Which one fell short?"),
      .ask(PlayQuestionKind.champion, "Is our original sponsor still in the role, and who's new?"),
      .ask(
        PlayQuestionKind.needPayoff,
        "If the other business units had the same results, what would that be worth?"),
      .ask(PlayQuestionKind.paperProcess, "Has anything changed in how renewals are approved this year?"),
    ],
    talkTrack: """
      A year ago you set three goals: approvals under three days, eighty percent of spend on contract \
      and a faster close. You're at two days, eighty-six percent and four days faster. I'd like to \
      look at what's next: your European entities still run the old process. Would it make sense to \
      include them in the renewal so they start the year with the same results?
      """,
    objections: [
      .when(
        "We're cutting vendors this year.",
        say: """
          Then let's make sure we're the one you keep. Here is what switching us off would cost in \
          the metrics you report to your CFO.
          """),
      .when(
        "We only use half the licences.",
        say: """
          Let's fix adoption before we talk about volume: which teams dropped off? We'll run the \
          enablement sessions free of charge this quarter.
          """),
    ],
    redFlags: [
      "Sponsor left and nobody replaced them",
      "Usage fell for two months in a row",
      "No business review held within 90 days of renewal",
    ],
    contentIds: [ContentId.renewalReview, ContentId.roiCalculator, ContentId.caseStudyHealthcare]
  )

  static let stalledDeal = Playbook(
    id: "play-reengage-stalled", name: "Re-engage a stalled deal", framework: nil,
    summary: """
      A deal idle past its stage's rotting days, without a next step, or with a past close date is \
      at risk. Find out what changed, re-establish the value, and either re-commit or close it out.
      """,
    situation: Playbook.Situation(stalled: true),
    steps: [
      "Check the history: when did it stall, who went quiet, what was the last agreed step?",
      "Reach out to the champion with something new (insight, case study, event), not 'just checking in'",
      "Go around: contact a second stakeholder you have met",
      "Ask directly whether the project is still a priority this quarter",
      "Reset the close date and next step with the buyer, or close the deal as lost with a reason",
    ],
    questions: [
      .ask(
        PlayQuestionKind.identifyPain,
        "Is the problem we discussed still a priority, or has something displaced it?"),
      .ask(
        PlayQuestionKind.decisionProcess,
        "Has anything changed in who is involved or how the decision gets made?"),
      .ask(
        PlayQuestionKind.timeline,
        "Should we plan for next quarter instead, and what would have to happen first?"),
    ],
    talkTrack: """
      I haven't heard back since the demo, which usually means priorities changed, and that's fine. \
      I'd rather know than keep nudging. Is improving approvals still on your list this quarter? If it \
      is, here's a two-page summary of how a peer got it done in six weeks; if not, tell me when to \
      check back and I'll close the loop on my side.
      """,
    objections: [
      .when(
        "We're busy with other projects.",
        say: """
          Understood. Should I park this until a specific date, or is there a smaller first step \
          that doesn't take your team's time?
          """)
    ],
    redFlags: [
      "Champion unresponsive for more than two weeks",
      "Close date pushed three or more times",
      "No activity logged since the last stage change",
    ],
    contentIds: [ContentId.caseStudyManufacturing, ContentId.insightDeck, ContentId.mutualActionPlan]
  )
}
