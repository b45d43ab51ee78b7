"""The measures in time: their versions (ELI expressions), which one is in force on a date, and the
differences between two versions or a version and a reform."""
