"""The pharmacist's screens: receive, reconstitute, waste and destruction, counts, register."""
