"""Composition root of the desktop application: builds store, devices, sync and services."""
