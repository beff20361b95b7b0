extension StarterLibrary {
  /// Objection-handling plays: price, timing, a competitor, and the status quo.
  static let objectionPlays: [Playbook] = [priceObjection, timingObjection, competitorObjection, statusQuo]

  static let priceObjection = Playbook(
    id: "play-objection-price", name: "Handle the price objection", framework: nil,
    summary: """
      'Too expensive' means the value is not yet bigger than the price in the buyer's mind. Find \
      out compared with what, re-anchor on the cost of the problem, and trade rather than discount.
      """,
    situation: Playbook.Situation(stages: ["demo", "proposal", "negotiation"]),
    steps: [
      "Acknowledge it, then ask: expensive compared with what?",
      "Separate budget (can't pay) from value (won't pay) from procurement tactics",
      "Re-anchor on the cost of the problem from discovery, in their numbers",
      "Offer a different shape (phasing, term, scope) before touching the unit price",
      "Any concession must buy something: term, timing, reference, volume",
    ],
    questions: [
      .ask(PlayQuestionKind.commercial, "When you say expensive, compared with what?"),
      .ask(
        PlayQuestionKind.budget,
        "Is it the total, the timing of the payment, or the budget line it comes from?"),
      .ask(PlayQuestionKind.implication, "What does the problem cost you each month we wait?"),
    ],
    talkTrack: """
      That's fair to raise. Can I ask what you're comparing it with? You told us off-contract spend \
      costs around four hundred thousand a year; this is a quarter of that, and it pays back in about \
      seven months. If the issue is this year's budget, we can start with one entity and add the rest \
      next year at the same rate.
      """,
    objections: [
      .when(
        "Contoso is half the price.",
        say: """
          For approvals alone, it is. Once you add invoice matching and the supplier portal you asked \
          for, the three-year cost is close, and you'd run two tools. Want me to lay it side by side?
          """),
      .when(
        "We need a discount to get it approved.",
        say: """
          I understand. What would the approver need to see: a lower total, or a faster payback? The \
          second we can usually solve with payment terms.
          """),
    ],
    redFlags: ["Price raised before value was discussed", "Discount requested with no date attached"],
    contentIds: [ContentId.roiCalculator, ContentId.pricingDeck, ContentId.battlecardContoso]
  )

  static let timingObjection = Playbook(
    id: "play-objection-timing", name: "Handle 'not now' (timing)", framework: nil,
    summary: """
      'Not now' is either a real constraint or a priority problem. Find which, tie the project to a \
      business event, and make the cost of waiting visible.
      """,
    situation: Playbook.Situation(stages: ["qualify", "discovery", "demo", "proposal"]),
    steps: [
      "Ask what is happening between now and the date they suggest",
      "Tie the project to an event: audit, fiscal year, ERP upgrade, contract renewal",
      "Show the cost of waiting per month, from their numbers",
      "Offer a smaller first step that fits the current workload",
      "If it really is later, agree the date and the trigger to restart, and log the next step",
    ],
    questions: [
      .ask(PlayQuestionKind.timeline, "What needs to happen before the timing is right?"),
      .ask(PlayQuestionKind.implication, "What does another quarter of the current process cost?"),
      .ask(PlayQuestionKind.timeline, "Is there an audit, renewal or budget date this should line up with?"),
    ],
    talkTrack: """
      That makes sense; nobody needs another project this month. Help me understand what's in the way: \
      is it team capacity, budget timing, or something else? If it's capacity, our six-week rollout \
      needs about two hours a week from your side. If it's budget, we can start billing next quarter.
      """,
    objections: [
      .when(
        "Come back next quarter.",
        say: """
          Happy to. What will be different next quarter? If nothing changes, let's agree on a date \
          now and what you'd want to see then.
          """)
    ],
    redFlags: ["No reason given for the delay", "Timing objection appears after the economic buyer meeting"],
    contentIds: [ContentId.roiCalculator, ContentId.mutualActionPlan]
  )

  static let competitorObjection = Playbook(
    id: "play-objection-competitor", name: "Handle 'we're looking at a competitor'", framework: nil,
    summary: """
      Never badmouth. Learn why they are looking, steer the criteria toward your strengths, and let \
      proof do the comparing.
      """,
    situation: Playbook.Situation(anyCompetitor: true),
    steps: [
      "Thank them for telling you; ask what they like about the competitor",
      "Open the battlecard for that competitor",
      "Ask which criteria matter most and add the ones the competitor misses",
      "Offer a reference customer who evaluated both",
      "Record the competitor on the deal so win rates by competitor stay accurate",
    ],
    questions: [
      .ask(PlayQuestionKind.competition, "What do you like most about what they showed you?"),
      .ask(PlayQuestionKind.decisionCriteria, "Which criteria will decide it, and how would you rank them?"),
      .ask(PlayQuestionKind.competition, "Are they the incumbent, or also new to you?"),
    ],
    talkTrack: """
      They're a serious option and you should look at them. Customers who compared us usually decided \
      on two things: how fast approvals got done in the first month, and whether AP could stop keying \
      invoices. I'd suggest testing both with your own data in each tool. Would a call with a customer \
      who evaluated both help?
      """,
    objections: [
      .when(
        "Northwind is already in our stack.",
        say: """
          That's a real advantage for them. The question is whether the module does what your team \
          needs; customers who switched say the gap was supplier onboarding. Is that relevant here?
          """),
      .when(
        "Globex comes bundled with our ERP.",
        say: """
          Bundled isn't free: ask for the implementation estimate and the cost of the extra ERP users. \
          We'll put our fixed-price rollout next to it.
          """),
    ],
    redFlags: ["Competitor wrote the requirements", "Buyer won't name the competitor"],
    contentIds: [
      ContentId.battlecardNorthwind, ContentId.battlecardContoso, ContentId.battlecardGlobex,
      ContentId.caseStudyDisplacement,
    ]
  )

  static let statusQuo = Playbook(
    id: "play-objection-status-quo", name: "Beat 'do nothing' (status quo)", framework: "Challenger",
    summary: """
      The most common competitor is no decision. Make the status quo more expensive than change, \
      and make change feel small and safe.
      """,
    situation: Playbook.Situation(stages: ["discovery", "demo", "proposal"]),
    steps: [
      "Name the status quo as the option they are comparing against",
      "Quantify the cost of the current process over a year",
      "Show a peer who changed and what it took",
      "Reduce the perceived risk: phased rollout, parallel run, fixed-price services",
      "Get a commitment to a decision date, yes or no",
    ],
    questions: [
      .ask(PlayQuestionKind.identifyPain, "What happens if you change nothing this year?"),
      .ask(
        PlayQuestionKind.teach,
        "Did you know most teams your size lose two to three percent of spend to off-contract buying?"),
      .ask(
        PlayQuestionKind.needPayoff,
        "If the change took six weeks and two hours a week, would it be worth it?"),
    ],
    talkTrack: """
      The honest alternative to us isn't another vendor; it's keeping things as they are. That's a \
      legitimate choice, so let's price it: ten-day approvals, a five-day close and two people keying \
      invoices cost you roughly what this costs in four months. If that's acceptable, we should stop \
      here. If not, the first phase is small and you can stop after it.
      """,
    objections: [
      .when(
        "What we have works well enough.",
        say: """
          It might. What would 'not well enough' look like for you: a missed audit point, a late \
          close, a key supplier on hold? Let's check how close you are to it.
          """)
    ],
    redFlags: ["No quantified pain after discovery", "Buyer cannot say what happens if they do nothing"],
    contentIds: [ContentId.insightDeck, ContentId.caseStudyManufacturing, ContentId.roiCalculator]
  )
}
