"""Batch assessment: many profiles at once (engine), files in and out (io), jobs (jobs), the report."""
