"""Performance benchmarks: python -m benchmarks [--quick] [--json PATH].

See docs/performance.md for the areas, their limits and one full run's results.
"""
