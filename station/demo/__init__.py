"""The demo: fictional profile, scripted day, simulators and a local server; never in production."""
