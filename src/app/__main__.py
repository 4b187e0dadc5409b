"""python -m app: the same as the corridor command."""

from app.cli.main import main

raise SystemExit(main())
