"""Benchmarks: ``python -m bench`` generates inputs, runs every benchmark and writes bench/results.json."""
