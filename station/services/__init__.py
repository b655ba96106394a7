"""Use cases the UI and the command line call; they combine domain, store, devices and sync."""
