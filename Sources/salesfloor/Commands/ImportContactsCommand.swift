import ArgumentParser
import SalesFloorKit

/// `salesfloor import contacts FILE.csv [--preset salesforce|hubspot|pipedrive]`: a vendor's
/// contact export (or `salesfloor export contacts`) into the accounts' contacts, asking before it
/// writes more than one.
struct ImportContacts: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "contacts", abstract: "Import contacts from a CSV file (creates missing accounts by name).",
    discussion: ImportRecords.discussion(.contacts) + """

      --preset salesforce|hubspot|pipedrive reads the vendor's standard contact export (Salesforce \
      "First Name","Last Name","Title","Email","Phone","Mobile","Account Name","Contact ID"; HubSpot \
      "Record ID","First Name","Last Name","Email","Phone Number","Job Title","Company Name" or \
      "Associated Company"; Pipedrive "Person - Name","Person - Email","Person - Phone",\
      "Person - Organization" or "Organization - Name","Person - Job title"); --map entries override it.
      firstName and lastName make the name when no name column is mapped; mobile is the phone when the \
      row has none. Accounts are matched by name; unknown ones are created and listed.
      More than one change asks before applying (--yes for scripts).
      """)
  @OptionGroup var options: ImportOptions
  @Option(help: "Vendor export layout: salesforce, hubspot or pipedrive.") var preset: ImportPreset?
  @Flag(help: "Apply without asking (required when stdin is not a terminal).") var yes = false

  func run() throws {
    let preset = preset
    let yes = yes
    try ImportRecords.run(
      .contacts, options,
      mapping: { header, map in
        guard let preset else { return map ?? RecordImporter.identityMapping(.contacts, header: header) }
        return preset.contactMapping(for: header, overrides: map ?? [:])
      },
      confirm: { changes in
        if changes > 1 {
          try Confirmation.ask("import contacts: \(changes) contact changes. Apply them?", yes: yes)
        }
      })
  }
}
