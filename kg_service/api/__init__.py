"""The HTTP face of sfkg."""
