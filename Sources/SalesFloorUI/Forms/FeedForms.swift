import SalesFloorKit

/// The post form (`p` in the Feed view, `:post`): text, pin, expiry; saved through `AddPost`, so a
/// rep is refused with the same words as on the command line.
enum FeedForms {
  static let yes = ChoiceOption(id: "yes", label: "yes")
  static let no = ChoiceOption(id: "no", label: "no")

  static func make(state s: CockpitState, form: (String, [FormField]) -> Form) -> Form? {
    form(
      "Post to the team feed",
      [
        FormField("text", "Announcement", .text, required: true),
        FormField("pin", "Pin on top", .choice([no, yes], allowsNew: false), value: no.label),
        FormField("expires", "Expires (last day shown)", .date),
      ])
  }

  static func edit(_ f: Form, state s: CockpitState, ctx: CommandContext) throws(CommandError) -> Edit {
    try AddPost(text: f.text("text") ?? "", pinned: f.optionId("pin") == yes.id, expiresOn: f.day("expires"))
      .edit(in: ctx)
  }
}
