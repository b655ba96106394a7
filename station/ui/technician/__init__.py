"""The technician's screens: device setup and checks, station settings, enrollment, diagnostics."""
