"""Reforms: changed parameter values applied to the measures, and their impact on a population."""
