"""The clinic's rules as plain Python: values, dose rules and ledger maths, with no I/O."""
