"""A question that states the asker's own case: what it states (``model.CaseReading``, every value
with the words it was read from), read by ``reader``; decided by the Service (the version in force,
a named reform, the same engine as ``POST /assess``) and told verdict-first by ``telling``."""
