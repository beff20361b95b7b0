extension StarterLibrary {
  /// Qualification plays: BANT for fast, smaller deals; MEDDPICC for complex ones; and getting
  /// to the person who signs.
  static let qualificationPlays: [Playbook] = [bantQualification, meddpiccQualification, economicBuyer]

  static let bantQualification = Playbook(
    id: "play-bant-qualification", name: "Qualify fast with BANT", framework: "BANT",
    summary: """
      For smaller, faster deals: confirm budget, authority, need and timeline in the first two \
      conversations so time goes to deals that can close.
      """,
    situation: Playbook.Situation(
      stages: ["prospect", "qualify"], segments: [.smb, .midMarket], maxAmount: 75_000 * usd),
    steps: [
      "Check fit before the call: size, industry, systems in use",
      "Ask about need first; budget questions land better once the pain is on the table",
      "Find out who signs and who else must agree",
      "Agree on a timeline tied to a business event (fiscal year, audit, renewal of the old tool)",
      "Record B, A, N and T on the deal; disqualify politely when two are missing",
    ],
    questions: [
      .ask(
        PlayQuestionKind.budget, "Is there budget set aside for this, or would it come from another line?"),
      .ask(PlayQuestionKind.budget, "What do you spend today on the tools and time this would replace?"),
      .ask(PlayQuestionKind.authority, "Who besides you signs off on a purchase like this?"),
      .ask(PlayQuestionKind.authority, "How did the last software purchase of this size get approved?"),
      .ask(PlayQuestionKind.need, "What made you take this call now rather than six months ago?"),
      .ask(PlayQuestionKind.timeline, "When do you need this working, and what happens if it isn't?"),
    ],
    talkTrack: """
      To make sure I don't waste your time, can I ask a few direct questions? What's prompting you to \
      look at this now, who else would be involved in a decision, and is there a date you're working \
      toward? If we're not a fit, I'd rather we both know today.
      """,
    objections: [
      .when(
        "We don't have budget.",
        say: """
          Understood; most customers didn't at first. They funded it from the savings: late fees, \
          lost early-payment discounts and hours in AP. Shall we size those for you?
          """),
      .when(
        "I'm just researching.",
        say: """
          That's fine. What would have to be true for research to turn into a project this year?
          """),
    ],
    redFlags: [
      "No compelling event or date",
      "Contact cannot say who signs",
      "Budget is 'whatever it costs' or 'none' with no source of savings",
    ],
    contentIds: [ContentId.discoveryGuide, ContentId.roiCalculator]
  )

  static let meddpiccQualification = Playbook(
    id: "play-meddpicc-qualification", name: "MEDDPICC qualification for complex deals",
    framework: "MEDDPICC",
    summary: """
      For larger, multi-stakeholder deals: know the metrics, the economic buyer, how they decide and \
      sign, the pain, your champion and the competition before you forecast it.
      """,
    situation: Playbook.Situation(
      stages: ["qualify", "discovery", "demo", "proposal"], segments: [.midMarket, .enterprise],
      minAmount: 50_000 * usd),
    steps: [
      "Score the deal on all eight letters; mark each green, amber or red",
      "Write the metrics in the buyer's words, with a number and a date",
      "Meet the economic buyer, or have the champion ask for the meeting",
      "Map the decision process and the paper process onto the mutual action plan",
      "Test the champion: have they done something for you that costs them effort?",
      "Name the competition, including 'do nothing' and internal build",
      "Review the scorecard with your manager before moving the deal to Commit",
    ],
    questions: [
      .ask(PlayQuestionKind.metrics, "Which number will tell you this worked, and where is it today?"),
      .ask(PlayQuestionKind.economicBuyer, "Who owns the budget this comes from and can say yes alone?"),
      .ask(
        PlayQuestionKind.decisionCriteria, "What criteria will you use to compare options, and who set them?"),
      .ask(
        PlayQuestionKind.decisionProcess,
        "What steps and approvals happen between a preferred vendor and yes?"),
      .ask(
        PlayQuestionKind.paperProcess,
        "Who reviews contracts, security and the DPA, and how long does it take?"),
      .ask(PlayQuestionKind.identifyPain, "What happens to the business if nothing changes this year?"),
      .ask(
        PlayQuestionKind.champion, "Who inside benefits most if this succeeds, and will they sell it for us?"),
      .ask(PlayQuestionKind.competition, "Who else are you looking at, including doing it yourselves?"),
    ],
    talkTrack: """
      Before we invest more of your team's time, I'd like to make sure we understand how a decision \
      like this gets made here. Can you help me with three things: the result you'll be measured on, \
      who ultimately approves the spend, and the steps from 'we like it' to a signed order? That way \
      we can build a plan together and neither side gets surprised at the end of the quarter.
      """,
    objections: [
      .when(
        "You don't need to talk to our CFO.",
        say: """
          I understand you own this. At this size, CFOs usually want to test the business case \
          themselves; a twenty-minute review with you in the room protects your recommendation.
          """),
      .when(
        "Our process is confidential.",
        say: """
          Fair enough. Could you tell me which steps usually take longest, so we start them early \
          and don't hold up your timeline?
          """),
    ],
    redFlags: [
      "No access to the economic buyer after two requests",
      "Champion will not share the decision process or introduce others",
      "Paper process unknown within 30 days of the close date",
      "Metrics are ours, not the buyer's",
    ],
    contentIds: [ContentId.mutualActionPlan, ContentId.businessCase, ContentId.discoveryGuide]
  )

  static let economicBuyer = Playbook(
    id: "play-economic-buyer", name: "Get to the economic buyer", framework: "MEDDPICC",
    summary: """
      Deals without the person who owns the budget stall at the proposal. Earn a short meeting with \
      them through your champion, with a business case in their language.
      """,
    situation: Playbook.Situation(
      stages: ["discovery", "demo", "proposal"], minAmount: 40_000 * usd, personas: ["CFO", "VP Finance"]),
    steps: [
      "Ask the champion what the economic buyer is measured on this year",
      "Draft a one-page business case with the champion, using their numbers",
      "Have the champion request a 20-minute meeting; offer to write the invite",
      "Open with their priority, show the business case, ask what would make it a yes",
      "Confirm the approval path and date before leaving the meeting",
    ],
    questions: [
      .ask(PlayQuestionKind.economicBuyer, "What are you personally measured on this year?"),
      .ask(PlayQuestionKind.metrics, "What payback period do you need to approve a project like this?"),
      .ask(
        PlayQuestionKind.decisionProcess, "What would you need to see to approve this before quarter end?"),
    ],
    talkTrack: """
      Thanks for the time; I'll keep it to twenty minutes. Your team estimates this removes about \
      four hundred thousand dollars of off-contract spend and pays back inside seven months. I'd like \
      to check whether those numbers hold up for you, and what you'd need to see to approve it.
      """,
    objections: [
      .when(
        "Send me the proposal and I'll look at it.",
        say: """
          I will. Could we take fifteen minutes when it lands so I can answer questions live? Pricing \
          read alone usually raises questions a short call would settle.
          """)
    ],
    redFlags: [
      "Champion refuses to introduce the economic buyer",
      "Economic buyer delegates to procurement without stating criteria",
    ],
    contentIds: [ContentId.businessCase, ContentId.roiCalculator]
  )
}
