"""``python -m kg_service.cli``: the ``sfkg`` command."""
import sys

from kg_service.cli.main import main

sys.exit(main())
