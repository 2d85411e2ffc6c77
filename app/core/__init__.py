"""The domain of eSIM Counter: no Qt, no HTTP, no I/O."""
