"""How long a question may be, the same in every face."""

# A question, not a document: GET keeps URLs short; POST takes long questions (with context).
MAX_GET_CHARS = 500
MAX_POST_CHARS = 4000
