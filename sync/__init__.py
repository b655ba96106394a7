"""Sync between stations and the central server; no Qt and nothing from the station."""
