"""The clinic lead's screens: stop-dose flags, reviews after a break, voids and time corrections."""
