/// The columns a contacts import maps, and the vendor spellings `--preset` reads them from.
///
/// Vendors split a name in two (Salesforce, HubSpot) or keep it whole (Pipedrive) and give a
/// second phone (Salesforce's Mobile): `firstName`/`lastName` make the name when `name` is not
/// mapped, and `mobile` is the phone when the row has no other.
public enum ContactImportFields {
  /// What `salesfloor export contacts` writes, in order: an export imports back with no `--map`.
  public static let exported = [
    "id", "externalId", "name", "account", "title", "email", "phone", "buyingRole", "notes",
  ]

  /// Every field `--map` accepts.
  public static let all = exported + ["firstName", "lastName", "mobile"]

  /// A contact needs a name and an account; refused before any row is read so a wrong `--map`
  /// reads as one message, not a rejection on every line.
  static func check(_ mapping: [String: String]) throws {
    if mapping["name"] == nil && mapping["firstName"] == nil && mapping["lastName"] == nil {
      throw CSVImportError.malformed(
        "--map must map name (or firstName and lastName) for contacts (or name a column name)")
    }
    if mapping["account"] == nil {
      throw CSVImportError.malformed(
        "--map must map account for contacts (the company they work at, e.g. account=\"Account Name\")")
    }
  }

  /// The full name from a whole-name cell, else first and last name ("Dana" + "Ruiz").
  static func name(whole: String?, first: String?, last: String?) -> String? {
    if let whole { return whole }
    let parts = [first, last].compactMap { $0 }
    return parts.isEmpty ? nil : parts.joined(separator: " ")
  }
}

extension ImportPreset {
  /// Candidate column names per contact field, in preference order, from each vendor's standard
  /// contact (person) export: Salesforce's Contacts report, HubSpot's contacts export (which
  /// names the company "Company Name" or, for the association, "Associated Company"), Pipedrive's
  /// People export (whose organization is "Person - Organization" or "Organization - Name").
  public var contactColumns: [String: [String]] {
    switch self {
    case .salesforce:
      return [
        "externalId": ["Contact ID", "Contact Id", "Id"], "firstName": ["First Name"],
        "lastName": ["Last Name"], "name": ["Full Name", "Name"], "title": ["Title"], "email": ["Email"],
        "phone": ["Phone", "Business Phone"], "mobile": ["Mobile", "Mobile Phone"],
        "account": ["Account Name", "Account"], "notes": ["Description"],
      ]
    case .hubspot:
      return [
        "externalId": ["Record ID", "Contact ID"], "firstName": ["First Name"], "lastName": ["Last Name"],
        "title": ["Job Title"], "email": ["Email"], "phone": ["Phone Number", "Phone"],
        "mobile": ["Mobile Phone Number"],
        "account": ["Company Name", "Associated Company", "Associated Company (Primary)", "Company name"],
      ]
    case .pipedrive:
      return [
        "externalId": ["Person - ID"], "name": ["Person - Name"], "firstName": ["Person - First name"],
        "lastName": ["Person - Last name"], "title": ["Person - Job title"], "email": ["Person - Email"],
        "phone": ["Person - Phone"], "account": ["Person - Organization", "Organization - Name"],
        "notes": ["Person - Notes"],
      ]
    }
  }

  /// The preset's contact columns the file has (first spelling present wins), with `overrides`
  /// (`--map`) on top.
  public func contactMapping(for header: [String], overrides: [String: String] = [:]) -> [String: String] {
    var out: [String: String] = [:]
    for (field, candidates) in contactColumns {
      if let hit = Self.first(candidates, in: header) { out[field] = hit }
    }
    // A whole-name column beats first/last only when the vendor has no split name in the file.
    if out["firstName"] != nil || out["lastName"] != nil, self != .pipedrive { out["name"] = nil }
    return out.merging(overrides) { _, override in override }
  }
}
