/// Word lists the demo draws from. All names are invented; competitor names match the starter
/// library's battlecards so plays fit the demo deals.
enum DemoNames {
  static let firstNames = [
    "Maya", "Jonas", "Priya", "Marcus", "Elena", "Daniel", "Aisha", "Tomás", "Grace", "Kenji",
    "Sofia", "Liam", "Nadia", "Oliver", "Hana", "Samuel", "Chloe", "Mateo", "Leah", "Ravi",
    "Ingrid", "Caleb", "Amara", "Felix", "Zoe", "Andre", "Mila", "Victor", "Noor", "Ethan",
    "Julia", "Omar", "Clara", "Hugo", "Imani", "Lucas", "Freya", "Diego", "Yara", "Adrian",
    "Tessa", "Kofi", "Lena", "Rafael", "Mei", "Isaac", "Alma", "Theo", "Sana", "Gabriel",
  ]
  static let lastNames = [
    "Okafor", "Lindqvist", "Raman", "Whitfield", "Costa", "Brennan", "Haddad", "Moreau", "Tanaka",
    "Novak", "Alvarez", "Fischer", "Mensah", "Kowalski", "Sato", "Delgado", "Hartley", "Iyer",
    "Larsen", "Quinn", "Abernathy", "Petrov", "Nakamura", "Ferreira", "O'Neill", "Bauer", "Chen",
    "Dubois", "Eriksen", "Gallagher", "Hoffman", "Jovanovic", "Kaur", "Lambert", "Marino", "Nilsen",
    "Osei", "Park", "Rossi", "Schmidt", "Torres", "Umar", "Varga", "Walsh", "Yilmaz", "Zimmer",
  ]

  static let companyPrefixes = [
    "Bluefin", "Cedar Ridge", "Ironclad", "Harborview", "Summit", "Pinecrest", "Redwood", "Silverline",
    "Northgate", "Brightwater", "Copperfield", "Evergreen", "Falcon", "Granite Peak", "Highland",
    "Juniper", "Keystone", "Lakeshore", "Meridian", "Oakmont", "Pioneer", "Quarry Hill", "Riverbend",
    "Sable", "Tidewater", "Upland", "Vantage", "Westbrook", "Yellowstone", "Zephyr", "Aspen",
    "Beacon Hill", "Clearwater", "Driftwood", "Emberly", "Foxglove", "Goldcrest", "Hawthorne",
    "Ivory Coast", "Larkspur",
  ]
  /// Company suffix and the industry it implies.
  static let companySuffixes: [(word: String, industry: String)] = [
    ("Logistics", "Transportation"), ("Freight", "Transportation"), ("Health", "Healthcare"),
    ("Medical Group", "Healthcare"), ("Foods", "Food & Beverage"), ("Manufacturing", "Manufacturing"),
    ("Industries", "Manufacturing"), ("Financial", "Financial Services"), ("Capital", "Financial Services"),
    ("Energy", "Energy"), ("Retail", "Retail"), ("Labs", "Life Sciences"), ("Software", "Technology"),
    ("Systems", "Technology"), ("Construction", "Construction"), ("Hotels", "Hospitality"),
  ]

  /// Where accounts are, and which demo territory covers them (0 = East, 1 = West).
  static let locations: [(country: String, region: String, territory: Int)] = [
    ("US", "Northeast", 0), ("US", "Southeast", 0), ("US", "Midwest", 0), ("CA", "Ontario", 0),
    ("GB", "EMEA", 0), ("DE", "EMEA", 0), ("US", "West", 1), ("US", "Southwest", 1),
    ("US", "Mountain", 1), ("CA", "British Columbia", 1), ("AU", "APAC", 1),
  ]

  static let teamNames = ["East", "West", "Central", "North", "South", "EMEA", "APAC", "LATAM"]

  static let competitors = ["Northwind", "Contoso", "Globex"]
  static let personas = ["CFO", "VP Finance", "Procurement", "CIO", "IT Security", "Operations"]
  static let tags = ["new-logo", "inbound", "partner", "outbound", "event"]

  /// What a deal sells, by kind: new business, add-on, renewal.
  static let newBusiness = [
    "Harbor Procure", "Harbor Pay", "Harbor Suite", "Procure + Pay bundle", "Spend Insights",
  ]
  static let expansions = ["Supplier portal add-on", "Insights expansion", "EMEA rollout", "Seat expansion"]

  static let nextSteps: [String: [String]] = [
    "prospect": ["Book discovery call", "Send insight deck to CFO", "Follow up on event lead"],
    "qualify": ["Confirm budget owner", "Qualification call with controller", "Send BANT recap"],
    "discovery": ["Discovery with AP team", "Map decision process", "Meet the economic buyer"],
    "demo": ["First demo with finance", "Technical deep-dive with IT", "Send demo recap and MAP"],
    "proposal": ["Walk through proposal", "Business case review with CFO", "Send revised options"],
    "negotiation": ["Legal redlines call", "Security review sign-off", "Confirm signer and date"],
  ]

  static let callSubjects = [
    "Discovery call", "Follow-up call", "Check-in with champion", "Pricing call", "Qualification call",
  ]
  static let emailSubjects = [
    "Sent recap and next steps", "Sent case study", "Sent proposal", "Sent security answers",
    "Intro email to CFO",
  ]
  static let meetingSubjects = [
    "Onsite workshop", "Business case review", "Mutual action plan review", "Executive sponsor meeting",
  ]
  static let demoSubjects = ["First demo", "Technical demo for IT", "Demo for AP team"]
  static let taskSubjects = [
    "Update MEDDPICC scorecard", "Prepare proposal", "Request reference customer",
    "Log discovery notes", "Prepare ROI model",
  ]
}
