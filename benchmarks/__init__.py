"""The performance suite (run with `python -m benchmarks`; not part of the tests)."""
