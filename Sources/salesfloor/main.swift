import SalesFloorKit
print("salesfloor")
