import Testing

@testable import SalesFloorKit

@Suite("Starter library")
struct LibraryTests {
  let plays = StarterLibrary.playbooks
  let content = StarterLibrary.content
  let modules = StarterLibrary.trainingModules

  @Test func idsAreUnique() {
    let ids = plays.map(\.id) + content.map(\.id) + modules.map(\.id)
    #expect(Set(ids).count == ids.count)
    #expect((12...15).contains(plays.count))
    #expect(content.count >= 12)
  }

  @Test func everyPlayIsComplete() {
    let stageIds = Set(Stage.defaults.map(\.id))
    for p in plays {
      #expect((4...8).contains(p.steps.count), "\(p.id) has \(p.steps.count) steps")
      #expect(!p.questions.isEmpty, "\(p.id)")
      #expect(p.questions.allSatisfy { $0.kind != nil }, "\(p.id)")
      #expect(p.talkTrack.count > 200, "\(p.id)")
      #expect(!p.objections.isEmpty && !p.redFlags.isEmpty && !p.summary.isEmpty, "\(p.id)")
      #expect(p.situation.stages.allSatisfy(stageIds.contains), "\(p.id)")
      #expect(p.id.hasPrefix("play-"))
    }
  }

  @Test func linkedContentExistsAndLinksBack() {
    let byId = Dictionary(uniqueKeysWithValues: content.map { ($0.id, $0) })
    for p in plays {
      #expect(!p.contentIds.isEmpty, "\(p.id)")
      for c in p.contentIds {
        #expect(byId[c] != nil, "\(p.id) links missing \(c)")
        #expect(byId[c]?.playIds.contains(p.id) == true)
      }
    }
    #expect(content.allSatisfy { $0.link.hasPrefix("content/") })
  }

  @Test func meddpiccPlayAsksOneQuestionPerLetter() throws {
    let play = try #require(StarterLibrary.play("play-meddpicc-qualification"))
    #expect(play.framework == "MEDDPICC")
    #expect(Set(play.questions.compactMap(\.kind)) == Set(PlayQuestionKind.meddpicc))
    #expect(PlayQuestionKind.meddpicc.count == 8)
  }

  @Test func spinPlayHasAllFourQuestionTypes() throws {
    let play = try #require(StarterLibrary.play("play-spin-discovery"))
    #expect(Set(play.questions.compactMap(\.kind)) == Set(PlayQuestionKind.spin))
  }

  @Test func frameworksAndTopicsAreCovered() {
    let frameworks = Set(plays.compactMap(\.framework))
    #expect(frameworks.isSuperset(of: ["SPIN", "BANT", "MEDDPICC", "Challenger"]))
    let bant = plays.first { $0.framework == "BANT" }
    #expect(Set(bant?.questions.compactMap(\.kind) ?? []) == Set(PlayQuestionKind.bant))
    let challenger = plays.first { $0.id == "play-challenger-insight" }
    let moves = Set(challenger?.questions.compactMap(\.kind) ?? [])
    #expect(moves == [PlayQuestionKind.teach, PlayQuestionKind.tailor, PlayQuestionKind.takeControl])
    #expect(plays.contains { $0.situation.stalled == true })
    #expect(plays.contains { $0.situation.anyCompetitor == true })
    #expect(plays.contains { $0.situation.tags.contains("renewal") })
    for topic in ["price", "timing", "competitor", "status-quo"] {
      #expect(plays.contains { $0.id == "play-objection-" + topic }, "\(topic)")
    }
  }

  @Test func trainingCatalogueCoversKindsCertificationAndOnboarding() {
    #expect(modules.count >= 10)
    #expect(Set(modules.map(\.kind)) == Set(TrainingModule.Kind.allCases))
    #expect(modules.contains { $0.certificationValidDays == 365 })
    #expect(modules.filter { $0.requiredFor.contains(.rep) }.count >= 3)
    #expect(modules.contains { $0.requiredFor.contains(.manager) })
  }
}
