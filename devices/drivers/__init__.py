"""Protocol plus transport: one device, one command in flight, owned by one thread."""
