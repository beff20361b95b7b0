import SalesFloorKit

print("salesfloor")
