"""The visit at the counter, one screen per step: identify, assess, prepare, label, administer."""
