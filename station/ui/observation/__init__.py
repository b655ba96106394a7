"""The observation board's parts: its look, one patient's card, the dialogs its buttons open."""
