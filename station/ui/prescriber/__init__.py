"""The prescriber's screens: their patients' orders, the order dialog and the dose plan."""
