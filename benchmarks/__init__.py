"""Benchmarks: performance claims as ratios against a baseline measured in the same run."""
