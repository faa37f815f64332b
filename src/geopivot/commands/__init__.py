"""Command-line pieces shared by the commands (options, callbacks, exit codes) and the commands
that belong to no single stage. ``geopivot.cli`` assembles them; stages register their own
``cli_commands`` modules there."""
